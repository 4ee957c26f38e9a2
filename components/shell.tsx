import { getTranslations } from "next-intl/server";
import { Announcer } from "@/components/announcer";
import { SiteHeader, type SignOutAction } from "@/components/site-header";
import type { Actor } from "@/lib/authz/actor";

/** What the status region may say (components/announcer.tsx): `notices` in messages/*.json. */
const NOTICES = ["planCreated", "share", "submit", "approve", "archive", "returnToDraft", "newVersion", "needSubmitted"] as const;

export async function Shell({
  actor,
  signOutAction,
  children,
}: {
  actor: Actor | null;
  signOutAction: SignOutAction;
  children: React.ReactNode;
}) {
  const [t, tn] = await Promise.all([getTranslations("app"), getTranslations("notices")]);
  const notices = Object.fromEntries(NOTICES.map((key) => [key, tn(key)]));
  return (
    <>
      <a
        href="#main"
        data-print="hide"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800"
      >
        {t("skipToContent")}
      </a>
      <SiteHeader actor={actor} signOutAction={signOutAction} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6">
        <p className="illustrative-note" data-testid="illustrative-note">
          {t("illustrativeNote")}
        </p>
        <Announcer notices={notices}>{children}</Announcer>
      </main>
      <footer data-print="hide" className="mx-auto max-w-7xl px-4 pb-8 text-xs text-slate-600">
        {t("footer")}
      </footer>
    </>
  );
}
