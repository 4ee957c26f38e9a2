import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { createProgramAction } from "@/app/(portal)/programs/actions";
import { ProgramForm } from "@/components/program-form";
import { emptyProgramValues } from "@/components/program-form-values";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { getProgramEditorOptions } from "@/lib/data/reference/editor-options";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programEditor"))("newTitle") };
}

export default async function NewProgramPage() {
  const actor = await requireActor();
  if (!can(actor, "program:edit")) notFound();
  const [options, t] = await Promise.all([getProgramEditorOptions(actor), getTranslations("programEditor")]);
  return (
    <ClientMessages namespaces={["programEditor", "editor", "enums"]}>
      <PageHeader title={t("newTitle")} intro={t("newIntro")} />
      <ProgramForm initial={emptyProgramValues()} options={options} cancelHref="/programs" createAction={createProgramAction} />
    </ClientMessages>
  );
}
