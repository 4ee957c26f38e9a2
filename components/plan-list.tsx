import { getLocale, getTranslations } from "next-intl/server";
import { toneOf } from "@/components/badges";
import { EntryList, type EntryBadge } from "@/components/entry-list";
import type { PlanRow } from "@/lib/data/selects";
import { fiscalYearSpanLabel } from "@/lib/fiscal-year";
import { nameOf } from "@/lib/i18n/localized";

/** Plans as links; with `newComments`, each plan with comments the viewer has not seen says so. */
export async function PlanList({
  plans,
  showProgram = true,
  newComments,
}: {
  plans: PlanRow[];
  showProgram?: boolean;
  newComments?: Record<string, number>;
}) {
  const [locale, t, te, ta] = await Promise.all([
    getLocale(),
    getTranslations("planComments"),
    getTranslations("enums"),
    getTranslations("app"),
  ]);
  const entries = plans.map((plan) => {
    const unseen = newComments?.[plan.id];
    const badges: EntryBadge[] = [
      ...(unseen ? [{ label: t("newCount", { count: unseen }), tone: "info" as const, testId: "new-comments" }] : []),
      { label: te(`planStatus.${plan.status}`), tone: toneOf(plan.status) },
    ];
    const years = fiscalYearSpanLabel(plan.firstFiscalYear, plan.lastFiscalYear, locale);
    return {
      id: plan.id,
      href: `/plans/${plan.id}`,
      title: plan.title,
      detail: showProgram ? `${years} · ${nameOf(locale, plan.program)}` : years,
      badges,
      ...(plan.illustrative ? { illustrative: { label: ta("illustrative") } } : {}),
    };
  });
  return <EntryList entries={entries} />;
}
