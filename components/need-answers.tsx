import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/badges";
import { DemoMark } from "@/components/ui/demo-mark";
import type { Dashboard } from "@/lib/data/insights/dashboard";
import { activityTitle, titleOf } from "@/lib/i18n/localized";

/** A state's needs, each with the plans and activities that answer it (as far as the viewer may see). */
export async function NeedAnswers({ needs }: { needs: Dashboard["needs"] }) {
  const [locale, t, te, ta] = await Promise.all([
    getLocale(),
    getTranslations("dashboard"),
    getTranslations("enums"),
    getTranslations("app"),
  ]);
  return (
    <ul className="divide-y divide-slate-200">
      {needs.map((need) => {
        const answers = [
          ...need.plans.map((plan) => ({ href: `/plans/${plan.id}`, label: plan.title })),
          ...need.activities.map((activity) => ({ href: `/activities/${activity.id}`, label: activityTitle(locale, activity) })),
        ];
        return (
          <li key={need.id} className="py-2" data-testid="dashboard-need">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span>
                <Link href={`/needs/${need.id}`} className="link font-medium">
                  {need.title}
                </Link>
                {need.illustrative ? <DemoMark label={ta("illustrative")} /> : null}
              </span>
              <div className="flex gap-1">
                <StatusBadge kind="needStatus" status={need.status} />
              </div>
            </div>
            <p className="text-sm text-slate-700">
              {titleOf(locale, need.keyArea)} · {te(`priority.${need.priority}`)}
            </p>
            {answers.length ? (
              <p className="text-sm">
                <span className="text-slate-700">{t("answeredBy")}: </span>
                {answers.map((answer, i) => (
                  <span key={answer.href}>
                    {i ? ", " : ""}
                    <Link href={answer.href} className="link">
                      {answer.label}
                    </Link>
                  </span>
                ))}
              </p>
            ) : (
              <p className="text-sm text-slate-600">{t("notAnsweredYet")}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
