import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActivityTable } from "@/components/activity-table";
import { Empty, PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { getState } from "@/lib/data/reference/states";
import { CALENDAR_DATE } from "@/lib/i18n/format";
import { nameOf } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";

type Props = { params: Promise<{ code: string }> };

const load = cache(async (code: string) => orNotFound(getState(await requireActor(), code)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: nameOf(await getLocale(), await load((await params).code)) };
}

export default async function StatePage({ params }: Props) {
  const state = await load((await params).code);
  const [t, te, locale, format] = await Promise.all([getTranslations("states"), getTranslations("enums"), getLocale(), getFormatter()]);
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
        {state.activities.length ? (
          <>
            <ActivityTable rows={state.activities} caption={t("activities")} />
            <p className="mt-3 text-sm">
              <Link href={`/activities?state=${state.code}`} className="link">
                {t("activities")} →
              </Link>
            </p>
          </>
        ) : (
          <Empty>{t("noActivities")}</Empty>
        )}
      </Section>
    </>
  );
}
