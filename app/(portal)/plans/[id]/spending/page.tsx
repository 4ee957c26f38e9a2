import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { deleteSpendingLineAction, recordSpendingLineAction, updateSpendingLineAction } from "@/app/(portal)/plans/spending-actions";
import { BudgetAgainstActual } from "@/components/budget-against-actual";
import { ClientMessages } from "@/components/client-messages";
import { IllustrativeBadge } from "@/components/badges";
import { Empty, PageHeader } from "@/components/page-header";
import { SpendingLineForm } from "@/components/spending/spending-line-form";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { getPlanSpending } from "@/lib/data/spending/reads";
import { fiscalYearLabel, fiscalYearSpanLabel } from "@/lib/fiscal-year";
import { activityTitle } from "@/lib/i18n/localized";
import { isoDay } from "@/lib/dates";
import { orNotFound } from "@/lib/not-found";

type Props = { params: Promise<{ id: string }> };

// JMOD only: getPlanSpending asserts plan:readInternal (a liaison officer gets "not found").
const load = cache(async (id: string) => orNotFound(getPlanSpending(await requireActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { plan } = await load((await params).id);
  return { title: (await getTranslations("spending"))("pageTitle", { plan: plan.title }) };
}

export default async function PlanSpendingPage({ params }: Props) {
  const { plan, lines, activities, years, canEdit } = await load((await params).id);
  const [t, locale, format] = await Promise.all([getTranslations("spending"), getLocale(), getFormatter()]);
  const lang = locale === "ja" ? "ja" : "en";
  const options = activities.map((a) => ({ id: a.id, label: `${activityTitle(locale, a)} (${isoDay(a.startDate)})` }));
  const actions = {
    recordAction: recordSpendingLineAction,
    updateAction: updateSpendingLineAction,
    deleteAction: deleteSpendingLineAction,
  };
  const fiscalYears = [...new Set(lines.map((line) => line.fiscalYear))].sort((a, b) => b - a);
  return (
    <ClientMessages namespaces={["spending.editor", "spending.categories", "editor"]}>
      <PageHeader
        title={t("pageTitle", { plan: plan.title })}
        intro={t("intro", { span: fiscalYearSpanLabel(plan.firstFiscalYear, plan.lastFiscalYear, lang) })}
      >
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <IllustrativeBadge show={plan.illustrative} />
          <Link href={`/plans/${plan.id}`} className="link">
            {t("backToPlan")}
          </Link>
        </div>
      </PageHeader>
      <Section title={t("budgetVsActual")} id="budget-against-actual">
        <BudgetAgainstActual years={years} />
      </Section>
      {canEdit ? (
        <Section title={t("newLine")} id="new-line">
          <SpendingLineForm planId={plan.id} activities={options} actions={actions} />
        </Section>
      ) : (
        <p role="status" className="mb-6 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {t("archived")}
        </p>
      )}
      <Section title={t("lines")} id="lines">
        {fiscalYears.length ? (
          fiscalYears.map((fy) => (
            <div key={fy} className="mb-6" data-fiscal-year={fy}>
              <h3 className="mb-2 font-semibold">{t("linesOfYear", { fy: fiscalYearLabel(fy, lang) })}</h3>
              <ul className="space-y-3">
                {lines
                  .filter((line) => line.fiscalYear === fy)
                  .map((line) => (
                    <li key={line.id} data-spending-line={line.id}>
                      {canEdit ? (
                        <SpendingLineForm planId={plan.id} line={line} activities={options} actions={actions} />
                      ) : (
                        <p className="text-sm">
                          {line.values.spentOn} · {t(`categories.${line.values.category}`)} ·{" "}
                          {format.number(Number(line.values.amountJpy), { style: "currency", currency: "JPY" })}
                          {line.values.description ? ` · ${line.values.description}` : ""}
                        </p>
                      )}
                    </li>
                  ))}
              </ul>
            </div>
          ))
        ) : (
          <Empty>{t("noLines")}</Empty>
        )}
      </Section>
    </ClientMessages>
  );
}
