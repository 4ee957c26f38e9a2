import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Empty, PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { HeadRow, Row, Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/actor";
import { getPlanComparison } from "@/lib/data/plans/reads";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planLifecycle"))("compare") };
}

export default async function ComparePlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { plan, previous, diff } = await orNotFound(getPlanComparison(actor, id));
  const [t, te, tc, ti, format, locale] = await Promise.all([
    getTranslations("planCompare"),
    getTranslations("planEditor"),
    getTranslations("spending.categories"),
    getTranslations("indicators.editor"),
    getFormatter(),
    getLocale(),
  ]);
  const yen = (amount: number) => format.number(amount, { style: "currency", currency: "JPY" });
  const fieldLabel = {
    title: te("title"),
    span: te("years"),
    summary: te("summary"),
    sustainment: te("sustainment"),
    needs: te("needs"),
    consultations: te("consultations"),
    indicators: ti("title"),
  };
  const list = (items: string[], sign: string) =>
    items.map((item) => (
      <li key={`${sign}${item}`}>
        {sign} {item}
      </li>
    ));
  return (
    <>
      <PageHeader title={t("title", { from: previous.revision, to: plan.revision })}>
        <p className="text-sm">
          <Link href={`/plans/${previous.id}`} className="link">
            {t("before", { revision: previous.revision })}
          </Link>
          {" · "}
          <Link href={`/plans/${plan.id}`} className="link">
            {t("after", { revision: plan.revision })}
          </Link>
        </p>
      </PageHeader>
      <Section title={t("general")} id="general">
        {diff.fields.length ? (
          <Table density="compact" className="w-full text-sm">
            <HeadRow>
              <Th>{t("field")}</Th>
              <Th>{t("before", { revision: previous.revision })}</Th>
              <Th>{t("after", { revision: plan.revision })}</Th>
            </HeadRow>
            <tbody>
              {diff.fields.map((change) => (
                <Row key={change.field}>
                  <Th row>{fieldLabel[change.field]}</Th>
                  <Td className="whitespace-pre-line">{change.before || "—"}</Td>
                  <Td className="whitespace-pre-line">{change.after || "—"}</Td>
                </Row>
              ))}
            </tbody>
          </Table>
        ) : (
          <Empty>{t("noChanges")}</Empty>
        )}
      </Section>
      {diff.years.map((year) => (
        <Section key={year.fiscalYear} title={fiscalYearLabel(year.fiscalYear, locale)} id={`fy-${year.fiscalYear}`}>
          {year.presence !== "both" ? <p className="mb-2 font-medium">{t(year.presence)}</p> : null}
          <div className="grid gap-4 md:grid-cols-3 text-sm">
            <div>
              <h3 className="font-medium">{te("objectives")}</h3>
              <ul>
                {list(year.objectivesAdded, "+")}
                {list(year.objectivesRemoved, "−")}
              </ul>
            </div>
            <div>
              <h3 className="font-medium">{te("milestones")}</h3>
              <ul>
                {list(year.milestonesAdded, "+")}
                {list(year.milestonesRemoved, "−")}
                {year.milestonesChanged.map((m) => (
                  <li key={m.title}>
                    ~ {m.title}: {m.before} → {m.after}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="font-medium">{te("budget")}</h3>
              <p>
                {yen(year.budgetBefore)} → {yen(year.budgetAfter)}
              </p>
              <ul className="text-sm">
                {list(
                  year.budgetLinesAdded.map((line) => `${line.label} (${tc(line.category)}): ${yen(line.amountJpy)}`),
                  "+",
                )}
                {list(
                  year.budgetLinesRemoved.map((line) => `${line.label} (${tc(line.category)}): ${yen(line.amountJpy)}`),
                  "−",
                )}
              </ul>
            </div>
          </div>
        </Section>
      ))}
    </>
  );
}
