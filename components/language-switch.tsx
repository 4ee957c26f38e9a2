"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { LOCALE_COOKIE, type Locale } from "@/i18n/locales";

// The choice lives in a cookie that the server reads; no endpoint is involved.
export function LanguageSwitch() {
  const locale = useLocale();
  const t = useTranslations("nav");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const other: Locale = locale === "ja" ? "en" : "ja";

  function switchTo(next: Locale) {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    startTransition(() => router.refresh());
  }

  return (
    <button
      type="button"
      onClick={() => switchTo(other)}
      lang={other}
      aria-label={`${t("language")}: ${other === "ja" ? "日本語" : "English"}`}
      aria-busy={pending}
      className="rounded border border-white/40 px-2 py-1 text-sm hover:bg-white/10 disabled:opacity-60"
      disabled={pending}
    >
      {other === "ja" ? "日本語" : "English"}
    </button>
  );
}
