import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import type { Tx } from "@/lib/db/tx";

/** JSON for the audit trail: BigInt amounts as strings, dates as ISO strings. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}

/**
 * Writes the audit event of a mutation. Call it inside the mutation's transaction, so that the change
 * and its record stand or fall together.
 */
type AuditEventInput = { action: string; entity: string; entityId: string; before?: unknown; after?: unknown };

function auditRow(actor: Actor, event: AuditEventInput) {
  return {
    actorId: actor.id,
    actorEmail: actor.email,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    before: toAuditJson(event.before),
    after: toAuditJson(event.after),
  };
}

export async function audit(tx: Tx, actor: Actor, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(actor, event), select: { id: true } });
}

/** The events of one mutation that changes many records, in one insert (a plan may move hundreds). */
export async function auditMany(tx: Tx, actor: Actor, events: AuditEventInput[]): Promise<void> {
  if (!events.length) return;
  await tx.auditEvent.createMany({ data: events.map((event) => auditRow(actor, event)) });
}
