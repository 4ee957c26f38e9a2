import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Empty, PageHeader } from "@/components/page-header";
import { ReviewRecordTable, type RecordListView } from "@/components/review/review-records";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { getActivityFilterOptions } from "@/lib/data/reference/reads";
import { reviewFeedbackRecords, reviewFollowUpRecords, reviewIndicatorRecords, reviewSpendingRecords } from "@/lib/data/review/records";
import { currentFiscalYear, fiscalYearSpanLabel } from "@/lib/fiscal-year";
import { nameOf, titleOf } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";
import { filtersQuery } from "@/lib/validation/query-filters";
import { parseReviewQuery, type ReviewRecords } from "@/lib/validation/review-filters";

// The records behind one figure of the review of efforts, shared by the pages /review/indicators,
// /review/follow-ups, /review/feedback and /review/spending. Money ("spending") is JMOD's only: a
// liaison officer gets the 404 page, as for any page that is not theirs.

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function reviewRecordsMetadata(records: ReviewRecords): Promise<Metadata> {
  return { title: (await getTranslations("review.records"))(`${records}.title`) };
}

export async function ReviewRecordsPage({ records, searchParams }: { records: ReviewRecords; searchParams: SearchParams }) {
  const actor = await requireActor();
  if (!can(actor, "review:read")) notFound();
  if (records === "spending" && !can(actor, "plan:readInternal")) notFound();
  const query = parseReviewQuery(await searchParams, currentFiscalYear());
  const row = { state: query.state, keyArea: query.keyArea };
  const [t, locale, format, options] = await Promise.all([
    getTranslations("review"),
    getLocale(),
    getFormatter(),
    getActivityFilterOptions(actor),
  ]);
  const rowName = query.state
    ? nameOf(locale, options.states.find((s) => s.code === query.state) ?? { nameEn: query.state, nameJa: query.state })
    : query.keyArea
      ? titleOf(locale, options.keyAreas.find((k) => k.code === query.keyArea) ?? { titleEn: query.keyArea, titleJa: query.keyArea })
      : t("total");
  const span = fiscalYearSpanLabel(query.fyFrom, query.fyTo, locale);
  const list = await orNotFound<RecordListView & { more: boolean }>(
    records === "indicators"
      ? reviewIndicatorRecords(actor, query, row).then((l) => ({ kind: "indicators" as const, ...l }))
      : records === "follow-ups"
        ? reviewFollowUpRecords(actor, query, row).then((l) => ({ kind: "follow-ups" as const, ...l }))
        : records === "feedback"
          ? reviewFeedbackRecords(actor, query, row).then((l) => ({ kind: "feedback" as const, ...l }))
          : reviewSpendingRecords(actor, query, row).then((l) => ({ kind: "spending" as const, ...l })),
  );
  const back = `/review${filtersQuery({ fyFrom: query.fyFrom, fyTo: query.fyTo })}`;
  return (
    <>
      <PageHeader title={t(`records.${records}.title`)} intro={t("records.intro", { row: rowName, span })}>
        <Link href={back} className="link text-sm">
          {t("records.back")}
        </Link>
      </PageHeader>
      {list.rows.length ? <ReviewRecordTable list={list} locale={locale} format={format} /> : <Empty>{t("records.none")}</Empty>}
      {list.more ? <p className="mt-2 text-sm text-slate-700">{t("records.more", { limit: list.rows.length })}</p> : null}
    </>
  );
}
