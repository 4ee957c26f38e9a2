"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { LOCALE_COOKIE, type Locale } from "@/i18n/locales";

// The choice lives in a cookie that the server reads; no endpoint is involved. The button's name is
// exactly the other language's own name ("日本語" / "English"), as users are told to look for it;
// "Language" is only its description.
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
      title={t("language")}
      aria-busy={pending}
      className="rounded border border-white/40 px-2 py-1 text-sm hover:bg-white/10 disabled:opacity-60"
      disabled={pending}
    >
      {other === "ja" ? "日本語" : "English"}
    </button>
  );
}
