import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { createPlanAction } from "@/app/(portal)/plans/actions";
import { NewPlanForm } from "@/components/new-plan-form";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/authz/policy";
import { getProgram, listPrograms } from "@/lib/data/programs/reads";
import { ProgramChoice } from "@/components/program-choice";
import { listNeedsOfProgram } from "@/lib/data/needs/reads";
import { currentFiscalYear } from "@/lib/fiscal-year";
import { nameOf } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";
import { queryValue } from "@/lib/validation/query";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planEditor"))("newPlan") };
}

export default async function NewPlanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const programId = queryValue((await searchParams).program) ?? "";
  // From the plans list, no program yet: choose it first.
  if (!programId) {
    const programs = await orNotFound(
      (async () => {
        assertCan(actor, "plan:edit");
        return listPrograms(actor);
      })(),
    );
    const t = await getTranslations("planEditor");
    return (
      <>
        <PageHeader title={t("chooseProgramTitle")} intro={t("chooseProgramIntro")} />
        <ProgramChoice programs={programs} />
      </>
    );
  }
  const program = await orNotFound(
    (async () => {
      assertCan(actor, "plan:edit");
      return getProgram(actor, programId);
    })(),
  );
  const [t, locale, needs] = await Promise.all([getTranslations("planEditor"), getLocale(), listNeedsOfProgram(actor, program.id)]);
  return (
    <ClientMessages namespaces={["planEditor"]}>
      <PageHeader title={t("newPlanTitle", { program: nameOf(locale, program) })} intro={t("newPlanIntro")} />
      <NewPlanForm
        programId={program.id}
        defaultFirst={currentFiscalYear()}
        createAction={createPlanAction}
        needOptions={needs.map((need) => ({ id: need.id, label: `${nameOf(locale, need.state)}: ${need.title}` }))}
      />
    </ClientMessages>
  );
}
