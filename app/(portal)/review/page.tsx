import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { ReviewSpanForm } from "@/components/review/review-span-form";
import { ReviewDownloads } from "@/components/review/review-downloads";
import { ReviewTable } from "@/components/review/review-table";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/authz/policy";
import { getActivityFilterOptions } from "@/lib/data/reference/reads";
import { reviewOfEfforts } from "@/lib/data/review/reads";
import { orNotFound } from "@/lib/not-found";
import { currentFiscalYear, fiscalYearSpanLabel } from "@/lib/fiscal-year";
import { parseReviewQuery } from "@/lib/validation/review-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Planners and admins review every state, with money; a liaison officer the same page for their own
// state, without money (lib/data/review/reads.ts scopes and leaves money out).
export default async function ReviewPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = parseReviewQuery(await searchParams, currentFiscalYear());
  const review = await orNotFound(
    (async () => {
      assertCan(actor, "review:read");
      return reviewOfEfforts(actor, query);
    })(),
  );
  const [t, locale, options] = await Promise.all([getTranslations("review"), getLocale(), getActivityFilterOptions(actor)]);
  const span = fiscalYearSpanLabel(review.fyFrom, review.fyTo, locale);
  return (
    <>
      <PageHeader title={t("title")} intro={t(review.money ? "intro" : "introState")} />
      <ReviewSpanForm span={review} years={options.fiscalYears} />
      <ReviewDownloads span={review} locale={locale} />
      <Section title={t("byState", { span })} id="by-state">
        <ReviewTable
          dimension="state"
          rows={review.states}
          total={review.total}
          span={review}
          money={review.money}
          caption={t("byState", { span })}
        />
      </Section>
      <Section title={t("byKeyArea", { span })} id="by-key-area">
        <ReviewTable
          dimension="keyArea"
          rows={review.keyAreas}
          total={review.total}
          span={review}
          money={review.money}
          caption={t("byKeyArea", { span })}
        />
      </Section>
      <div className="mt-4 space-y-1 text-sm text-slate-700">
        <p>{t("notes.counting")}</p>
        <p>{t("notes.indicators", { today: review.today })}</p>
        {review.money ? <p>{t("notes.money")}</p> : null}
      </div>
    </>
  );
}
