import "server-only";
import type { Tx } from "@/lib/db/tx";
import { without } from "@/lib/data/editing";
import { type ProgramInput } from "@/lib/validation/program";
import type { Prisma } from "@/generated/prisma/client";

// The editable content of a program as plain JSON, in the editor's own shape (ProgramInput): what the
// edit form loads, what the audit trail stores before and after each change, and what a conflict
// shows beside the user's values.
const codes = { select: { code: true }, orderBy: { sortOrder: "asc" } } as const;

export const programSnapshotSelect = {
  id: true,
  kind: true,
  nameEn: true,
  nameJa: true,
  descriptionEn: true,
  descriptionJa: true,
  partnerStateCode: true,
  partnerStates: codes,
  ends: codes,
  approaches: codes,
  keyAreas: codes,
  means: codes,
  frameworks: codes,
  version: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} satisfies Prisma.ProgramSelect;

type ProgramRowForSnapshot = Prisma.ProgramGetPayload<{ select: typeof programSnapshotSelect }>;

const codesOf = (rows: { code: string }[]) => rows.map((row) => row.code);

export function toProgramSnapshot(row: ProgramRowForSnapshot) {
  return {
    id: row.id,
    kind: row.kind,
    nameEn: row.nameEn,
    nameJa: row.nameJa,
    descriptionEn: row.descriptionEn,
    descriptionJa: row.descriptionJa,
    partnerStateCode: row.partnerStateCode,
    partnerStates: codesOf(row.partnerStates),
    ends: codesOf(row.ends),
    approaches: codesOf(row.approaches),
    keyAreas: codesOf(row.keyAreas),
    means: codesOf(row.means),
    frameworks: codesOf(row.frameworks),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy?.name ?? null,
  };
}

export type ProgramSnapshot = ReturnType<typeof toProgramSnapshot>;

export async function loadProgramSnapshot(tx: Tx, id: string): Promise<ProgramSnapshot | null> {
  const row = await tx.program.findUnique({ where: { id }, select: programSnapshotSelect });
  return row ? toProgramSnapshot(row) : null;
}

/** What the audit trail keeps of a program: its content, not the bookkeeping fields. */
export function auditableProgram(snapshot: ProgramSnapshot) {
  return without(snapshot, "updatedAt", "updatedBy");
}

/** The editor's values of a program: what the edit form loads, and what a conflict shows as "theirs". */
export function programEditorValues(program: ProgramSnapshot): ProgramInput {
  return without(program, "id", "partnerStates", "version", "updatedAt", "updatedBy");
}
