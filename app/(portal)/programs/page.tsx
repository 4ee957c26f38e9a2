import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { ProgramRows, type ProgramRowView } from "@/components/program-rows";
import { HeadRow, Table, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { listPrograms, type ProgramListRow } from "@/lib/data/programs/reads";
import { nameOf } from "@/lib/i18n/localized";
import { parseProgramFilters } from "@/lib/validation/program-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programs"))("title") };
}

async function ProgramTable({ rows, caption }: { rows: ProgramListRow[]; caption: string }) {
  const [t, ta, format, locale] = await Promise.all([getTranslations("programs"), getTranslations("app"), getFormatter(), getLocale()]);
  const views = rows.map((program): ProgramRowView => ({
    id: program.id,
    name: nameOf(locale, program),
    illustrative: program.illustrative,
    partner: program.partnerState ? nameOf(locale, program.partnerState) : t("allAsean"),
    keyAreas: program.keyAreas.map((k) => k.code).join(", "),
    means: program.means.map((m) => m.code).join(", "),
    plans: format.number(program._count.plans),
    activities: format.number(program._count.activities),
  }));
  return (
    <Table caption={caption} stack className="w-full min-w-[36rem] text-sm">
      <HeadRow>
        <Th>{t("name")}</Th>
        <Th>{t("partner")}</Th>
        <Th>{t("keyAreas")}</Th>
        <Th>{t("means")}</Th>
        <Th numeric>{t("plans")}</Th>
        <Th numeric>{t("activities")}</Th>
      </HeadRow>
      <ProgramRows
        rows={views}
        labels={{ partner: t("partner"), keyAreas: t("keyAreas"), means: t("means"), plans: t("plans"), activities: t("activities") }}
        illustrative={{ label: ta("illustrative") }}
      />
    </Table>
  );
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProgramsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const filters = parseProgramFilters(await searchParams);
  const [t, te, tpe, programs] = await Promise.all([
    getTranslations("programs"),
    getTranslations("enums"),
    getTranslations("programEditor"),
    listPrograms(actor, filters),
  ]);
  const serving = Object.values(filters).filter(Boolean).join(", ");
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
      {serving ? (
        <p className="mb-4 text-sm text-slate-700" role="status" data-testid="program-filter">
          {t("serving", { codes: serving, count: programs.length })}{" "}
          <Link href="/programs" className="link">
            {t("showAll")}
          </Link>
        </p>
      ) : null}
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
