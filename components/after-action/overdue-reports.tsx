// The planners' dashboard: conducted activities whose after-action report is overdue (rule T7), the
// latest few with links, and how many in all.
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import type { OverdueReports as Overdue } from "@/lib/data/after-action/reads";
import { activityTitle } from "@/lib/i18n/localized";

export function OverdueReports({ overdue, cap }: { overdue: Overdue; cap: number }) {
  const t = useTranslations("afterAction.dashboard");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <Section title={t("title")} id="overdue-reports">
      <p className="mb-2 text-sm text-slate-700">{t("intro")}</p>
      {overdue.count === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <>
          <p className="mb-2 font-medium text-amber-900" data-testid="overdue-count">
            {overdue.count > cap ? t("countMore", { count: cap }) : t("count", { count: overdue.count })}
          </p>
          <ul className="space-y-1 text-sm">
            {overdue.rows.map((row) => (
              <li key={row.id}>
                <Link href={`/activities/${row.id}`} className="link">
                  {activityTitle(locale, row)}
                </Link>{" "}
                <span className="text-slate-700">({t("due", { date: format.dateTime(row.dueOn, { dateStyle: "medium" }) })})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
