import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { scopedDb, sqlScopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, seesAllStates } from "@/lib/authz/policy";
import { planScope } from "@/lib/data/scope";

/**
 * How many comments on each plan the actor has not seen yet: others' comments after the actor last
 * looked (all of them if never), counting only comments the actor may read (planCommentScope).
 * One grouped query, whatever the number of plans.
 */
export async function countNewComments(actor: Actor, planIds: string[]): Promise<Record<string, number>> {
  assertCan(actor, "plan:read");
  // A liaison officer's list is already scoped; this makes sure of it whoever calls.
  if (!seesAllStates(actor)) {
    const inScope = await scopedDb(actor).programPlan.findMany({
      where: { AND: [planScope(actor), { id: { in: planIds } }] },
      select: { id: true },
    });
    planIds = inScope.map((plan) => plan.id);
  }
  if (!planIds.length) return {};
  const visible = seesAllStates(actor)
    ? Prisma.empty
    : Prisma.sql`AND (u."role" IN ('ADMIN', 'PLANNER') OR u."stateCode" = ${actor.stateCode})`;
  // scope: the plans are in scope (above) and a liaison officer's comment filter is bound in the SQL.
  const rows = await sqlScopedDb(actor, "the plans in scope and the author filter").$queryRaw<{ planId: string; count: bigint }[]>`
    SELECT c."planId", count(*) AS count
    FROM "PlanComment" c
    JOIN "User" u ON u."id" = c."authorId"
    LEFT JOIN "PlanWatch" w ON w."planId" = c."planId" AND w."userId" = ${actor.id}
    WHERE c."planId" IN (${Prisma.join(planIds)})
      AND c."authorId" <> ${actor.id}
      AND (w."commentsSeenAt" IS NULL OR c."createdAt" > w."commentsSeenAt")
      ${visible}
    GROUP BY c."planId"`;
  return Object.fromEntries(rows.map((row) => [row.planId, Number(row.count)]));
}
