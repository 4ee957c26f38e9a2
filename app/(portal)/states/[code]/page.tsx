import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActivityPage, RECORD_PAGE_SIZE } from "@/components/activity-page";
import { Empty, PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { getState } from "@/lib/data/reference/states";
import { listActivities } from "@/lib/data/activities/reads";
import { FILTER_FIELDS } from "@/lib/validation/query-filters";
import { queryValues, type SearchParams } from "@/lib/validation/query";
import { CALENDAR_DATE } from "@/lib/i18n/format";
import { nameOf } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

const load = cache(async (code: string) => orNotFound(getState(await requireActor(), code)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: nameOf(await getLocale(), await load((await params).code)) };
}

export default async function StatePage({ params, searchParams }: Props) {
  const state = await load((await params).code);
  const page = FILTER_FIELDS.page.parse(queryValues(await searchParams).page);
  const actor = await requireActor();
  const [t, te, locale, format, activities] = await Promise.all([
    getTranslations("states"),
    getTranslations("enums"),
    getLocale(),
    getFormatter(),
    listActivities(actor, { state: state.code, page }, { pageSize: RECORD_PAGE_SIZE }),
  ]);
  const path = `/states/${state.code.toLowerCase()}`;
  return (
    <>
      <PageHeader title={nameOf(locale, state)}>
        <p className="text-sm text-slate-700">
          {state.code} / {state.iso3}
          {state.aseanMemberSince ? <> · {t("memberSince", { date: format.dateTime(state.aseanMemberSince, CALENDAR_DATE) })}</> : null}
        </p>
      </PageHeader>
      <Section title={t("programs")} id="programs">
        {state.programs.length ? (
          <ul className="space-y-1">
            {state.programs.map((program) => (
              <li key={program.id}>
                <Link href={`/programs/${program.id}`} className="link">
                  {nameOf(locale, program)}
                </Link>{" "}
                <span className="text-sm text-slate-600">({te(`programKind.${program.kind}`)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <Empty>—</Empty>
        )}
      </Section>
      <Section title={t("activities")} id="activities">
        <ActivityPage
          result={activities}
          caption={t("activities")}
          empty={t("noActivities")}
          hrefFor={(p) => `${path}${p > 1 ? `?page=${p}` : ""}#activities`}
          listHref={`/activities?state=${state.code}`}
        />
      </Section>
    </>
  );
}
