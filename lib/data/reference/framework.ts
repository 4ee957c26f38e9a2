import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { activityScope, programScope } from "@/lib/data/scope";
import { programRef } from "@/lib/data/selects";

const texts = { code: true, titleEn: true, titleJa: true, descriptionEn: true, descriptionJa: true } as const;

/**
 * Ends -> ways (approaches, key areas) -> means, each with the programs and the number of activities
 * that serve it, as far as the actor may see them. A fixed number of queries whatever the data size.
 */
export async function getFramework(actor: Actor) {
  assertCan(actor, "framework:read");
  const activities = activityScope(actor);
  const programs = { where: programScope(actor), select: programRef, orderBy: { nameEn: "asc" as const } };
  const [principles, ends, approaches, keyAreas, means] = await Promise.all([
    scopedDb(actor).principle.findMany({ select: texts, orderBy: { sortOrder: "asc" } }),
    scopedDb(actor).end.findMany({ select: { ...texts, programs }, orderBy: { sortOrder: "asc" } }),
    scopedDb(actor).approach.findMany({ select: { ...texts, programs }, orderBy: { sortOrder: "asc" } }),
    scopedDb(actor).keyArea.findMany({
      select: { ...texts, programs, _count: { select: { activities: { where: activities } } } },
      orderBy: { sortOrder: "asc" },
    }),
    scopedDb(actor).means.findMany({
      select: { ...texts, programs, _count: { select: { activities: { where: activities } } } },
      orderBy: { sortOrder: "asc" },
    }),
  ]);
  // Ends and approaches are linked through programs; count their programs' activities.
  const countVia = (relation: "ends" | "approaches", code: string) =>
    scopedDb(actor).activity.count({ where: { AND: [activities, { program: { [relation]: { some: { code } } } }] } });
  const [endCounts, approachCounts] = await Promise.all([
    Promise.all(ends.map((end) => countVia("ends", end.code))),
    Promise.all(approaches.map((approach) => countVia("approaches", approach.code))),
  ]);
  return {
    principles,
    ends: ends.map((end, i) => ({ ...end, activityCount: endCounts[i] ?? 0 })),
    approaches: approaches.map((approach, i) => ({ ...approach, activityCount: approachCounts[i] ?? 0 })),
    keyAreas: keyAreas.map(({ _count, ...area }) => ({ ...area, activityCount: _count.activities })),
    means: means.map(({ _count, ...item }) => ({ ...item, activityCount: _count.activities })),
  };
}

export type FrameworkView = Awaited<ReturnType<typeof getFramework>>;
