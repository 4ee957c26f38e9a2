"use client";

import { useTranslations } from "next-intl";
import { isDatabaseUnavailableDigest } from "@/lib/errors";

// Shows no internals: in production Next.js replaces server error messages with a digest, which we
// show as a reference the administrator can find in the server log. A database outage carries a digest
// of its own (lib/db/client.ts): the user is told to try again in a moment rather than that something broke.
export function ErrorView({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations("errors");
  const unavailable = isDatabaseUnavailableDigest(digest);
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <h1 className="text-2xl font-semibold">{t(unavailable ? "unavailableTitle" : "errorTitle")}</h1>
      <p className="mt-2 text-slate-700">{t(unavailable ? "unavailable" : "error")}</p>
      {digest ? <p className="mt-2 text-xs text-slate-600">{t("reference", { digest })}</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        {t("retry")}
      </button>
    </div>
  );
}
