import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { updateProgramAction } from "@/app/(portal)/programs/actions";
import { ProgramForm } from "@/components/program-form";
import { fromProgramInput } from "@/components/program-form-values";
import { requireActor } from "@/lib/auth/actor";
import { getProgramEditorOptions } from "@/lib/data/reference/editor-options";
import { getProgramForEdit } from "@/lib/data/programs/reads";
import { nameOf } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";
import { ClientMessages } from "@/components/client-messages";

type Props = { params: Promise<{ id: string }> };

// Anyone who may not edit programs gets the 404 page, like a program that does not exist.
const load = cache(async (id: string) => orNotFound(getProgramForEdit(await requireActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { values } = await load((await params).id);
  return { title: (await getTranslations("programEditor"))("editTitleOf", { name: nameOf(await getLocale(), values) }) };
}

export default async function EditProgramPage({ params }: Props) {
  const program = await load((await params).id);
  const [options, t, locale] = await Promise.all([
    orNotFound(getProgramEditorOptions(await requireActor())),
    getTranslations("programEditor"),
    getLocale(),
  ]);
  return (
    <ClientMessages namespaces={["programEditor", "editor", "enums"]}>
      <PageHeader title={t("editTitleOf", { name: nameOf(locale, program.values) })} />
      <ProgramForm
        programId={program.id}
        version={program.version}
        initial={fromProgramInput(program.values)}
        options={options}
        cancelHref={`/programs/${program.id}`}
        updateAction={updateProgramAction}
      />
    </ClientMessages>
  );
}
