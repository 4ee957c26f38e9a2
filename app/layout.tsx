import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { pickMessages, SHELL_NAMESPACES } from "@/i18n/client-messages";
// Noto Sans JP, self-hosted and split by Unicode range: a browser that lacks Japanese glyphs in the
// system fonts listed first (app/globals.css) downloads only the slices a page uses; nothing is fetched
// from outside the portal. One weight: bold is synthesised.
import "@fontsource/noto-sans-jp/400.css";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("shortName")}` }, robots: { index: false, follow: false } };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <NextIntlClientProvider messages={pickMessages(messages, SHELL_NAMESPACES)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
