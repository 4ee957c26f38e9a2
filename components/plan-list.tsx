import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, IllustrativeBadge, StatusBadge } from "@/components/badges";
import { FiscalYearSpan } from "@/components/fiscal-year";
import type { PlanRow } from "@/lib/data/selects";
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
  const [locale, t] = await Promise.all([getLocale(), getTranslations("planComments")]);
  return (
    <ul className="divide-y divide-slate-200">
      {plans.map((plan) => (
        <li key={plan.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div>
            <Link href={`/plans/${plan.id}`} className="link font-medium">
              {plan.title}
            </Link>
            <div className="text-sm text-slate-600">
              <FiscalYearSpan first={plan.firstFiscalYear} last={plan.lastFiscalYear} />
              {showProgram ? <> · {nameOf(locale, plan.program)}</> : null}
            </div>
          </div>
          <div className="flex gap-1">
            {newComments?.[plan.id] ? (
              <Badge variant="info">
                <span data-testid="new-comments">{t("newCount", { count: newComments[plan.id]! })}</span>
              </Badge>
            ) : null}
            <IllustrativeBadge show={plan.illustrative} />
            <StatusBadge kind="planStatus" status={plan.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}
