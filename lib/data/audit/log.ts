import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { tokyoDayEnd, tokyoDayStart, type AuditFilters } from "@/lib/validation/audit-filters";
import { PAGE_SIZE, pageCountOf } from "@/lib/validation/query-filters";

// The audit log viewer (admins only): events newest first, filtered by who, what and when, a page of
// 50 at a time (offset paging: the log is append-only, so pages only shift as new events arrive).

/** The filters as a query; every part is built from a parsed value, never `undefined` in a field. */
export function auditWhere(filters: Omit<AuditFilters, "page">): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.actor) and.push({ actorEmail: { contains: filters.actor, mode: "insensitive" } });
  if (filters.entity) and.push({ entity: filters.entity });
  if (filters.action) and.push({ action: filters.action });
  if (filters.from) and.push({ at: { gte: tokyoDayStart(filters.from) } });
  if (filters.to) and.push({ at: { lt: tokyoDayEnd(filters.to) } });
  return { AND: and };
}

export async function listAuditEvents(actor: Actor, filters: AuditFilters) {
  assertCan(actor, "audit:read");
  const where = auditWhere(filters);
  const [total, rows] = await Promise.all([
    scopedDb(actor).auditEvent.count({ where }),
    scopedDb(actor).auditEvent.findMany({
      where,
      select: {
        id: true,
        actorEmail: true,
        actor: { select: { name: true } },
        action: true,
        entity: true,
        entityId: true,
        before: true,
        after: true,
        at: true,
      },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return {
    total,
    pageCount: pageCountOf(total),
    // BigInt ids do not cross to the client or into JSON: as text.
    events: rows.map(({ actor: who, ...row }) => ({ ...row, id: row.id.toString(), actorName: who?.name ?? null })),
  };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/** What the entity and action selects offer: the values present in the log. */
export async function listAuditFacets(actor: Actor): Promise<{ entities: string[]; actions: string[] }> {
  assertCan(actor, "audit:read");
  const [entities, actions] = await Promise.all([
    scopedDb(actor).auditEvent.groupBy({ by: ["entity"], orderBy: { entity: "asc" } }),
    scopedDb(actor).auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  return { entities: entities.map((row) => row.entity), actions: actions.map((row) => row.action) };
}
