import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { IllustrativeBadge } from "@/components/badges";
import { PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { HeadRow, Row, Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { listPrograms, type ProgramListRow } from "@/lib/data/programs/reads";
import { nameOf } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programs"))("title") };
}

async function ProgramTable({ rows, caption }: { rows: ProgramListRow[]; caption: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("programs"), getFormatter(), getLocale()]);
  return (
    <Table caption={caption} className="w-full min-w-[36rem] text-sm">
      <HeadRow>
        <Th>{t("name")}</Th>
        <Th>{t("partner")}</Th>
        <Th>{t("keyAreas")}</Th>
        <Th>{t("means")}</Th>
        <Th numeric>{t("plans")}</Th>
        <Th numeric>{t("activities")}</Th>
      </HeadRow>
      <tbody>
        {rows.map((program) => (
          <Row key={program.id}>
            <Td>
              <Link href={`/programs/${program.id}`} className="link font-medium">
                {nameOf(locale, program)}
              </Link>{" "}
              <IllustrativeBadge show={program.illustrative} />
            </Td>
            <Td>{program.partnerState ? nameOf(locale, program.partnerState) : t("allAsean")}</Td>
            <Td>{program.keyAreas.map((k) => k.code).join(", ")}</Td>
            <Td>{program.means.map((m) => m.code).join(", ")}</Td>
            <Td numeric>{format.number(program._count.plans)}</Td>
            <Td numeric>{format.number(program._count.activities)}</Td>
          </Row>
        ))}
      </tbody>
    </Table>
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
