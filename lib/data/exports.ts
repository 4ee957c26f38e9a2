import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can } from "@/lib/authz/policy";
import { activityWhere } from "@/lib/data/activities";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import type { ActivityFilters } from "@/lib/validation/activity-filters";

const BATCH = 1000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The activities of the actor's scope, with names rather than codes, read in batches (keyset on id)
 * so that an export's memory does not grow with the number of rows.
 */
export async function* exportActivities(actor: Actor, filters: Omit<ActivityFilters, "page">, locale: string) {
  if (!can(actor, "export:all")) assertCan(actor, "export:own"); // liaison officers: their own state's scope
  const where = activityWhere(actor, filters);
  const ja = locale === "ja";
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().activity.findMany({
      where,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        title: true,
        titleJa: true,
        kind: true,
        status: true,
        startDate: true,
        endDate: true,
        fiscalYear: true,
        location: true,
        illustrative: true,
        program: { select: { nameEn: true, nameJa: true } },
        hostState: { select: { nameEn: true, nameJa: true } },
        keyAreas: { select: { titleEn: true, titleJa: true }, orderBy: { sortOrder: "asc" } },
        means: { select: { titleEn: true, titleJa: true }, orderBy: { sortOrder: "asc" } },
        participants: { select: { state: { select: { nameEn: true, nameJa: true } } } },
      },
    });
    for (const row of rows) {
      yield {
        id: row.id,
        fiscalYear: fiscalYearLabel(row.fiscalYear),
        startDate: day(row.startDate),
        endDate: day(row.endDate),
        title: ja && row.titleJa ? row.titleJa : row.title,
        kind: row.kind,
        status: row.status,
        program: ja ? row.program.nameJa : row.program.nameEn,
        host: row.hostState ? (ja ? row.hostState.nameJa : row.hostState.nameEn) : "",
        location: row.location,
        keyAreas: row.keyAreas.map((k) => (ja ? k.titleJa : k.titleEn)).join("; "),
        means: row.means.map((m) => (ja ? m.titleJa : m.titleEn)).join("; "),
        participants: row.participants.map((p) => (ja ? p.state.nameJa : p.state.nameEn)).join("; "),
        illustrative: row.illustrative,
      };
    }
    if (rows.length < BATCH) return;
    cursor = rows[rows.length - 1]!.id;
  }
}

export type ActivityExportRow = Exclude<Awaited<ReturnType<ReturnType<typeof exportActivities>["next"]>>["value"], void>;
