import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ActivityTable } from "@/components/activity-table";
import { IllustrativeBadge } from "@/components/badges";
import { Badge } from "@/components/ui/badge";
import { Empty, PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { PlanList } from "@/components/plan-list";
import { Tags } from "@/components/tags";
import { requireActor } from "@/lib/auth/actor";
import { getProgram } from "@/lib/data/programs/reads";
import { orNotFound } from "@/lib/not-found";
import { nameOf, titleOf } from "@/lib/i18n/localized";

type Props = { params: Promise<{ id: string }> };

// Cached so that the metadata and the page share one load per request.
const load = cache(async (id: string) => orNotFound(getProgram(await requireActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const program = await load((await params).id);
  return { title: nameOf(await getLocale(), program) };
}

export default async function ProgramPage({ params }: Props) {
  const program = await load((await params).id);
  const [t, te, tp, locale] = await Promise.all([
    getTranslations("programs"),
    getTranslations("enums"),
    getTranslations("planEditor"),
    getLocale(),
  ]);
  const [tpe, tae] = await Promise.all([getTranslations("programEditor"), getTranslations("activityEditor")]);
  const description = locale === "ja" ? program.descriptionJa || program.descriptionEn : program.descriptionEn;
  const codeTitles = (rows: { code: string; titleEn: string; titleJa: string }[]) =>
    rows.map((row) => ({ key: row.code, text: `${row.code} ${titleOf(locale, row)}` }));
  return (
    <>
      <PageHeader title={nameOf(locale, program)} intro={description || undefined}>
        <div className="flex gap-1">
          <Badge variant="info">{te(`programKind.${program.kind}`)}</Badge>
          <IllustrativeBadge show={program.illustrative} />
          {program.canEdit ? (
            <Link
              href={`/programs/${program.id}/edit`}
              className="ml-2 rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100"
            >
              {tpe("editLink")}
            </Link>
          ) : null}
        </div>
      </PageHeader>
      <Section title={t("links")} id="links">
        <dl className="grid gap-4 md:grid-cols-2">
          <Tags label={t("ends")} items={codeTitles(program.ends)} />
          <Tags label={t("approaches")} items={codeTitles(program.approaches)} />
          <Tags label={t("keyAreas")} items={codeTitles(program.keyAreas)} />
          <Tags label={t("means")} items={codeTitles(program.means)} />
          <Tags label={t("frameworks")} items={program.frameworks.map((f) => ({ key: f.code, text: nameOf(locale, f) }))} />
          <Tags label={t("partnerStates")} items={program.partnerStates.map((s) => ({ key: s.code, text: nameOf(locale, s) }))} />
        </dl>
        {program.source ? (
          <p className="mt-4 text-sm text-slate-600">
            {t("source")}: {program.source}
          </p>
        ) : null}
      </Section>
      <Section title={t("plans")} id="plans">
        {program.canPlan ? (
          <p className="mb-3">
            <Link
              href={`/plans/new?program=${program.id}`}
              className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
            >
              {tp("newPlan")}
            </Link>
          </p>
        ) : null}
        {program.plans.length ? <PlanList plans={program.plans} showProgram={false} /> : <Empty>{t("noPlans")}</Empty>}
      </Section>
      <Section title={t("activities")} id="activities">
        {program.canAddActivity ? (
          <p className="mb-3">
            <Link
              href={`/activities/new?program=${program.id}`}
              className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
            >
              {tae("newLink")}
            </Link>
          </p>
        ) : null}
        {program.activities.length ? (
          <ActivityTable rows={program.activities} caption={t("activities")} />
        ) : (
          <Empty>{t("noActivities")}</Empty>
        )}
      </Section>
    </>
  );
}
