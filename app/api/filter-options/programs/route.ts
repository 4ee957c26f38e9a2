// The programs a filter may name, in the viewer's scope and language: fetched by the program filters
// (components/ui/lazy-select.tsx) once they are used, so that list pages do not carry them all.
import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { listProgramOptions } from "@/lib/data/reference/reads";
import { nameOf } from "@/lib/i18n/localized";

const NO_STORE = { "Cache-Control": "private, no-store" };

export async function GET() {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "unauthorized" }, { status: 401, headers: NO_STORE });
  const [locale, programs] = await Promise.all([getLocale(), listProgramOptions(actor)]);
  return NextResponse.json(
    { options: programs.map((program) => ({ value: program.id, label: nameOf(locale, program) })) },
    { headers: NO_STORE },
  );
}
