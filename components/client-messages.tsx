import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, SHELL_NAMESPACES, type ClientNamespace } from "@/i18n/client-messages";

/**
 * Sends the texts of `namespaces` to the client components inside, beside the shell's: a form's texts
 * travel with the pages that show the form, not with every page. (A nested provider replaces its
 * parent's messages rather than adding to them, hence the shell's again.)
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly ClientNamespace[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, [...SHELL_NAMESPACES, ...namespaces])}>{children}</NextIntlClientProvider>
  );
}
