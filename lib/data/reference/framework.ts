import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { tallyCounts } from "@/lib/data/insights/tally";
import { programScope } from "@/lib/data/scope";
import { programRef } from "@/lib/data/selects";

/** The programs named under each part of the framework; the rest are counted and linked. */
export const PROGRAMS_SHOWN = 6;

const texts = { code: true, titleEn: true, titleJa: true, descriptionEn: true, descriptionJa: true } as const;

/**
 * Ends -> ways (approaches, key areas) -> means, each with the programs and the number of activities
 * that serve it, as far as the actor may see them. The counts come from the activity tally in one
 * statement (an end or approach counts the activities of its programs); a fixed number of queries
 * whatever the data size.
 */
export async function getFramework(actor: Actor) {
  assertCan(actor, "framework:read");
  // A few programs each, with how many there are: at twenty years of data a part of the framework is
  // served by a hundred programs or more, and the page links to the program list for the rest.
  const programs = { where: programScope(actor), select: programRef, orderBy: { nameEn: "asc" as const }, take: PROGRAMS_SHOWN };
  const programCount = { _count: { select: { programs: { where: programScope(actor) } } } };
  const [principles, ends, approaches, keyAreas, means, counts] = await Promise.all([
    scopedDb(actor).principle.findMany({ select: texts, orderBy: { sortOrder: "asc" } }),
    scopedDb(actor).end.findMany({ select: { ...texts, programs, ...programCount }, orderBy: { sortOrder: "asc" } }),
    scopedDb(actor).approach.findMany({ select: { ...texts, programs, ...programCount }, orderBy: { sortOrder: "asc" } }),
    scopedDb(actor).keyArea.findMany({ select: { ...texts, programs, ...programCount }, orderBy: { sortOrder: "asc" } }),
    scopedDb(actor).means.findMany({ select: { ...texts, programs, ...programCount }, orderBy: { sortOrder: "asc" } }),
    tallyCounts(actor, { dimensions: ["end", "approach", "keyArea", "means"], scope: "own", by: ["dimension", "code"] }),
  ]);
  const count = new Map(counts.map((row) => [`${row.dimension}:${row.code}`, row.count]));
  const withCount =
    (dimension: string) =>
    <T extends { code: string; _count: { programs: number } }>({ _count, ...item }: T) => ({
      ...item,
      programCount: _count.programs,
      activityCount: count.get(`${dimension}:${item.code}`) ?? 0,
    });
  return {
    principles,
    ends: ends.map(withCount("end")),
    approaches: approaches.map(withCount("approach")),
    keyAreas: keyAreas.map(withCount("keyArea")),
    means: means.map(withCount("means")),
  };
}

export type FrameworkView = Awaited<ReturnType<typeof getFramework>>;
