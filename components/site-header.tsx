import Link from "next/link";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/language-switch";
import { NavLinks, type NavLink } from "@/components/nav-links";
import { NotificationBell } from "@/components/notification-bell";
import { SearchBox } from "@/components/search-box";
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/policy";
import { accountLine } from "@/lib/i18n/account-line";
import { headerCounts, MY_WORK_COUNT_CAP } from "@/lib/data/my-work/reads";

// Once per request, however many times a request renders the header (a page and its not-found boundary).
const counts = cache((actor: Actor) => headerCounts(actor));

/** The sign-out server action (app/actions/sign-out.ts), from the layout: it answers nothing, it redirects. */
export type SignOutAction = (previous: null, input: FormData) => Promise<void>;

export async function SiteHeader({ actor, signOutAction }: { actor: Actor | null; signOutAction: SignOutAction }) {
  const [t, tn, tr, { waiting, unread }] = await Promise.all([
    getTranslations("app"),
    getTranslations("nav"),
    getTranslations("roles"),
    actor ? counts(actor) : { waiting: 0, unread: 0 },
  ]);
  const links: NavLink[] = [
    // First: where everyone starts (lib/data/my-work/reads.ts), with what waits counted (capped).
    {
      href: "/my-work",
      label: tn("myWork"),
      ...(waiting
        ? {
            count: waiting > MY_WORK_COUNT_CAP ? `${MY_WORK_COUNT_CAP}+` : String(waiting),
            countLabel: tn("myWorkCount", { count: waiting }),
          }
        : {}),
    },
    { href: "/", label: tn("dashboard") },
    { href: "/framework", label: tn("framework") },
    { href: "/programs", label: tn("programs") },
    { href: "/plans", label: tn("plans") },
    { href: "/activities", label: tn("activities") },
    { href: "/states", label: tn("states") },
    { href: "/needs", label: tn("needs") },
    { href: "/reports", label: tn("reports") },
    ...(can(actor, "insight:read") ? [{ href: "/insights", label: tn("insights") }] : []),
    ...(can(actor, "review:read") ? [{ href: "/review", label: tn("review") }] : []),
    // Shown to those who may use them; the pages check again (a layout is not an access check).
    ...(can(actor, "user:manage") ? [{ href: "/admin/users", label: tn("users") }] : []),
    ...(can(actor, "audit:read") ? [{ href: "/admin/audit", label: tn("audit") }] : []),
    ...(can(actor, "reference:edit") ? [{ href: "/admin/reference", label: tn("reference") }] : []),
  ];
  return (
    <header data-print="hide" className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="font-semibold tracking-tight">
          <span className="block text-xs font-normal text-brand-100">{t("ministry")}</span>
          {t("name")}
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {actor ? <SearchBox /> : null}
          {actor ? (
            // The way to one's own account (/account): the name the header shows.
            <Link href="/account" className="text-brand-100 hover:underline" data-testid="current-user" title={tn("account")}>
              {tn("signedInAs", { name: accountLine(actor.name, tr(actor.role), actor.stateCode) })}
            </Link>
          ) : null}
          {actor ? <NotificationBell initialCount={unread} /> : null}
          <LanguageSwitch />
          {actor ? (
            <form action={signOutAction.bind(null, null)}>
              <button type="submit" className="rounded border border-white/40 px-2 py-1 hover:bg-white/10">
                {tn("signOut")}
              </button>
            </form>
          ) : null}
        </div>
      </div>
      {actor ? <NavLinks label={tn("label")} menuLabel={tn("menu")} links={links} /> : null}
    </header>
  );
}
