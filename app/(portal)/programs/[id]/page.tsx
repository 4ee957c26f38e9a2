import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ActivityPage, RECORD_PAGE_SIZE } from "@/components/activity-page";
import { IllustrativeBadge } from "@/components/badges";
import { Badge } from "@/components/ui/badge";
import { Empty, PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { PlanList } from "@/components/plan-list";
import { Tags } from "@/components/tags";
import { requireActor } from "@/lib/auth/actor";
import { getProgram } from "@/lib/data/programs/reads";
import { listActivities } from "@/lib/data/activities/reads";
import { FILTER_FIELDS } from "@/lib/validation/query-filters";
import { queryValues, type SearchParams } from "@/lib/validation/query";
import { orNotFound } from "@/lib/not-found";
import { nameOf, titleOf } from "@/lib/i18n/localized";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// Cached so that the metadata and the page share one load per request.
const load = cache(async (id: string) => orNotFound(getProgram(await requireActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const program = await load((await params).id);
  return { title: nameOf(await getLocale(), program) };
}

export default async function ProgramPage({ params, searchParams }: Props) {
  const program = await load((await params).id);
  const page = FILTER_FIELDS.page.parse(queryValues(await searchParams).page);
  const [t, te, tp, locale, activities] = await Promise.all([
    getTranslations("programs"),
    getTranslations("enums"),
    getTranslations("planEditor"),
    getLocale(),
    listActivities(await requireActor(), { program: program.id, page }, { pageSize: RECORD_PAGE_SIZE }),
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
        <ActivityPage
          result={activities}
          caption={t("activities")}
          empty={t("noActivities")}
          hrefFor={(p) => `/programs/${program.id}${p > 1 ? `?page=${p}` : ""}#activities`}
          listHref={`/activities?program=${program.id}`}
          showProgram={false}
        />
      </Section>
    </>
  );
}
