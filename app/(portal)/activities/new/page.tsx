import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { createActivityAction } from "@/app/(portal)/activities/actions";
import { ActivityForm } from "@/components/activity-form/activity-form";
import { aseanMembersOnDay, emptyActivityValues, withProgramDefaults } from "@/components/activity-form-values";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { getActivityEditorOptions } from "@/lib/data/reference/editor-options";
import { fiscalYearStart, parseFiscalYear } from "@/lib/fiscal-year";
import { queryValue } from "@/lib/validation/query";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activityEditor"))("newTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) => queryValue(value) ?? "";

// `?program=<id>&plan=<id>&fy=<year>` starts the activity from a plan year. Values that match
// nothing are ignored: the link may be old, and the server checks everything on save anyway.
export default async function NewActivityPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, "activity:edit")) notFound();
  const [options, t, params] = await Promise.all([getActivityEditorOptions(actor), getTranslations("activityEditor"), searchParams]);
  const plan = options.plans.find((p) => p.id === single(params.plan));
  const program = options.programs.find((p) => p.id === (single(params.program) || plan?.programId));
  const fy = parseFiscalYear(single(params.fy));
  const day = fy === null ? "" : fiscalYearStart(fy).toISOString().slice(0, 10);
  const blank = emptyActivityValues({
    programId: program?.id ?? "",
    planId: plan && plan.programId === program?.id ? plan.id : "",
    startDate: day,
    endDate: day,
  });
  const initial = program ? withProgramDefaults(blank, program, aseanMembersOnDay(options.states, day)) : blank;
  return (
    <ClientMessages namespaces={["activityEditor", "editor", "enums"]}>
      <PageHeader title={t("newTitle")} intro={t("newIntro")} />
      <ActivityForm
        initial={initial}
        options={options}
        cancelHref={program ? `/programs/${program.id}` : "/activities"}
        createAction={createActivityAction}
      />
    </ClientMessages>
  );
}
