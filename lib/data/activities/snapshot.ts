import "server-only";
import type { Tx } from "@/lib/db/tx";
import { without } from "@/lib/data/editing";
import { type ActivityInput } from "@/lib/validation/activity";
import type { Prisma } from "@/generated/prisma/client";
import { isoDay } from "@/lib/dates";

// The editable content of an activity as plain JSON, in the editor's own shape (ActivityInput): what
// the edit form loads, what the audit trail stores before and after each change, and what a conflict
// shows beside the user's values.

export const activitySnapshotSelect = {
  id: true,
  programId: true,
  planId: true,
  kind: true,
  title: true,
  titleJa: true,
  description: true,
  startDate: true,
  endDate: true,
  fiscalYear: true,
  location: true,
  hostStateCode: true,
  frameworkCode: true,
  status: true,
  outcomes: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
  means: { select: { code: true }, orderBy: { sortOrder: "asc" } },
  keyAreas: { select: { code: true }, orderBy: { sortOrder: "asc" } },
  participants: {
    select: { stateCode: true, role: true, participantCount: true },
    orderBy: [{ state: { sortOrder: "asc" } }],
  },
  nonInvitations: { select: { stateCode: true, reason: true }, orderBy: [{ state: { sortOrder: "asc" } }] },
  needs: { select: { id: true }, orderBy: { id: "asc" } },
  consultations: { select: { heldOn: true, counterpart: true, summary: true }, orderBy: [{ heldOn: "asc" }, { id: "asc" }] },
} satisfies Prisma.ActivitySelect;

type ActivityRowForSnapshot = Prisma.ActivityGetPayload<{ select: typeof activitySnapshotSelect }>;

export function toActivitySnapshot(row: ActivityRowForSnapshot) {
  return {
    id: row.id,
    programId: row.programId,
    planId: row.planId,
    kind: row.kind,
    title: row.title,
    titleJa: row.titleJa,
    description: row.description,
    means: row.means.map((m) => m.code),
    keyAreas: row.keyAreas.map((k) => k.code),
    startDate: isoDay(row.startDate),
    endDate: isoDay(row.endDate),
    fiscalYear: row.fiscalYear,
    location: row.location,
    hostStateCode: row.hostStateCode,
    participants: row.participants.map((p) => ({ stateCode: p.stateCode, role: p.role, participantCount: p.participantCount })),
    status: row.status,
    outcomes: row.outcomes,
    frameworkCode: row.frameworkCode,
    nonInvitations: row.nonInvitations.map((n) => ({ stateCode: n.stateCode, reason: n.reason })),
    needIds: row.needs.map((need) => need.id),
    consultations: row.consultations.map((c) => ({ heldOn: isoDay(c.heldOn), counterpart: c.counterpart, summary: c.summary })),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy?.name ?? null,
  };
}

export type ActivitySnapshot = ReturnType<typeof toActivitySnapshot>;

export async function loadActivitySnapshot(tx: Tx, id: string): Promise<ActivitySnapshot | null> {
  const row = await tx.activity.findUnique({ where: { id }, select: activitySnapshotSelect });
  return row ? toActivitySnapshot(row) : null;
}

/** What the audit trail keeps of an activity: its content, not the bookkeeping fields. */
export function auditableActivity(snapshot: ActivitySnapshot) {
  return without(snapshot, "updatedAt", "updatedBy");
}

/** The editor's values of an activity: what the edit form loads, and what a conflict shows as "theirs". */
export function activityEditorValues(activity: ActivitySnapshot): ActivityInput {
  return without(activity, "id", "fiscalYear", "version", "updatedAt", "updatedBy");
}
