import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { IllustrativeBadge } from "@/components/badges";
import { PageHeader, Section } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { listPrograms, type ProgramListRow } from "@/lib/data/programs";
import { nameOf } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programs"))("title") };
}

async function ProgramTable({ rows, caption }: { rows: ProgramListRow[]; caption: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("programs"), getFormatter(), getLocale()]);
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="py-2 pr-3 font-medium">{t("name")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("partner")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("keyAreas")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("means")}</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">{t("plans")}</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">{t("activities")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((program) => (
            <tr key={program.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3">
                <Link href={`/programs/${program.id}`} className="link font-medium">
                  {nameOf(locale, program)}
                </Link>{" "}
                <IllustrativeBadge show={program.illustrative} />
              </td>
              <td className="py-2 pr-3">{program.partnerState ? nameOf(locale, program.partnerState) : t("allAsean")}</td>
              <td className="py-2 pr-3">{program.keyAreas.map((k) => k.code).join(", ")}</td>
              <td className="py-2 pr-3">{program.means.map((m) => m.code).join(", ")}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{format.number(program._count.plans)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{format.number(program._count.activities)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function ProgramsPage() {
  const actor = await requireActor();
  const [t, te, tpe, programs] = await Promise.all([
    getTranslations("programs"),
    getTranslations("enums"),
    getTranslations("programEditor"),
    listPrograms(actor),
  ]);
  const multilateral = programs.filter((p) => p.kind === "MULTILATERAL");
  const bilateral = programs.filter((p) => p.kind === "BILATERAL");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        {can(actor, "program:edit") ? (
          <Link href="/programs/new" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            {tpe("newLink")}
          </Link>
        ) : null}
      </PageHeader>
      {multilateral.length ? (
        <Section title={te("programKind.MULTILATERAL")} id="multilateral">
          <ProgramTable rows={multilateral} caption={te("programKind.MULTILATERAL")} />
        </Section>
      ) : null}
      {bilateral.length ? (
        <Section title={te("programKind.BILATERAL")} id="bilateral">
          <ProgramTable rows={bilateral} caption={te("programKind.BILATERAL")} />
        </Section>
      ) : null}
    </>
  );
}
