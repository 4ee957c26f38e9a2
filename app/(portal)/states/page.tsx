import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { listStates } from "@/lib/data/reference/states";
import { CALENDAR_DATE } from "@/lib/i18n/format";
import { nameOf } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("states"))("title") };
}

export default async function StatesPage() {
  const actor = await requireActor();
  const [t, locale, format, states] = await Promise.all([getTranslations("states"), getLocale(), getFormatter(), listStates(actor)]);
  const groups = [
    { id: "asean", title: t("asean"), rows: states.filter((s) => s.isAsean) },
    { id: "partners", title: t("partners"), rows: states.filter((s) => !s.isAsean) },
  ];
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {groups.map((group) => (
        <Section key={group.id} id={group.id} title={group.title}>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {group.rows.map((state) => (
              <li key={state.code} className="rounded border border-slate-200 p-3">
                <Link href={`/states/${state.code.toLowerCase()}`} className="link font-medium">
                  {nameOf(locale, state)}
                </Link>{" "}
                <span className="text-sm text-slate-600">({state.code})</span>
                {state.aseanMemberSince ? (
                  <p className="text-sm text-slate-700">
                    {t("memberSince", { date: format.dateTime(state.aseanMemberSince, CALENDAR_DATE) })}
                  </p>
                ) : null}
                <p className="text-sm text-slate-700">
                  {t("activities")}: <span className="tabular-nums">{format.number(state._count.participations)}</span>
                </p>
              </li>
            ))}
          </ul>
        </Section>
      ))}
    </>
  );
}
