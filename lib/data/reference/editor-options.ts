import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { codeTitle } from "@/lib/data/selects";

// The choices the activity and program editors offer: JMOD planners see every record, so these are
// not scoped by state; they are refused to anyone who may not edit.

const byOrder = { orderBy: { sortOrder: "asc" } } as const;
const nameOf = { code: true, nameEn: true, nameJa: true } as const;

async function referenceData(actor: Actor) {
  const [states, ends, approaches, keyAreas, means, frameworks] = await Promise.all([
    scopedDb(actor).partnerState.findMany({ select: { ...nameOf, isAsean: true, aseanMemberSince: true }, ...byOrder }),
    scopedDb(actor).end.findMany({ select: codeTitle, ...byOrder }),
    scopedDb(actor).approach.findMany({ select: codeTitle, ...byOrder }),
    scopedDb(actor).keyArea.findMany({ select: codeTitle, ...byOrder }),
    scopedDb(actor).means.findMany({ select: codeTitle, ...byOrder }),
    scopedDb(actor).framework.findMany({ select: nameOf, ...byOrder }),
  ]);
  return {
    states: states.map((state) => ({ ...state, aseanMemberSince: state.aseanMemberSince?.toISOString().slice(0, 10) ?? null })),
    ends,
    approaches,
    keyAreas,
    means,
    frameworks,
  };
}

export async function getProgramEditorOptions(actor: Actor) {
  assertCan(actor, "program:edit");
  return referenceData(actor);
}

export type ProgramEditorOptions = Awaited<ReturnType<typeof getProgramEditorOptions>>;

export async function getActivityEditorOptions(actor: Actor) {
  assertCan(actor, "activity:edit");
  const codes = { select: { code: true }, ...byOrder } as const;
  const [reference, programs, plans, needs] = await Promise.all([
    referenceData(actor),
    scopedDb(actor).program.findMany({
      select: {
        id: true,
        nameEn: true,
        nameJa: true,
        kind: true,
        partnerStateCode: true,
        partnerStates: codes,
        keyAreas: codes,
        means: codes,
      },
      orderBy: [{ kind: "desc" }, { nameEn: "asc" }],
    }),
    scopedDb(actor).programPlan.findMany({
      select: { id: true, title: true, programId: true, firstFiscalYear: true, lastFiscalYear: true, status: true },
      orderBy: [{ firstFiscalYear: "desc" }, { title: "asc" }],
    }),
    scopedDb(actor).partnerNeed.findMany({
      select: { id: true, title: true, stateCode: true, status: true },
      orderBy: [{ state: { sortOrder: "asc" } }, { createdAt: "desc" }],
    }),
  ]);
  const list = (rows: { code: string }[]) => rows.map((row) => row.code);
  return {
    ...reference,
    programs: programs.map((p) => ({ ...p, partnerStates: list(p.partnerStates), keyAreas: list(p.keyAreas), means: list(p.means) })),
    plans,
    needs,
  };
}

export type ActivityEditorOptions = Awaited<ReturnType<typeof getActivityEditorOptions>>;
