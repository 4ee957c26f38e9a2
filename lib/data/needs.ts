import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { activityScope, needScope, planScope } from "@/lib/authz/scope";
import { NotFoundError } from "@/lib/errors";
import { activityRow, needRow, planRow } from "@/lib/data/selects";

export async function listNeeds(actor: Actor) {
  assertCan(actor, "need:read");
  return db().partnerNeed.findMany({
    where: needScope(actor),
    select: needRow,
    orderBy: [{ state: { sortOrder: "asc" } }, { createdAt: "desc" }, { id: "asc" }],
  });
}

export async function getNeed(actor: Actor, id: string) {
  assertCan(actor, "need:read");
  const need = await db().partnerNeed.findFirst({
    where: { AND: [needScope(actor), { id }] },
    select: {
      ...needRow,
      description: true,
      declineReason: true,
      version: true,
      updatedAt: true,
      submittedBy: { select: { name: true } },
      plans: { where: planScope(actor), select: planRow },
      activities: { where: activityScope(actor), select: activityRow },
    },
  });
  if (!need) throw new NotFoundError("need");
  return need;
}

export type NeedDetail = Awaited<ReturnType<typeof getNeed>>;

/** Needs a plan or activity of the program may answer: those of the program's partner states. */
export async function listNeedsOfProgram(actor: Actor, programId: string) {
  assertCan(actor, "plan:edit");
  return db().partnerNeed.findMany({
    where: { state: { programs: { some: { id: programId } } } },
    select: needRow,
    orderBy: [{ state: { sortOrder: "asc" } }, { createdAt: "desc" }, { id: "asc" }],
  });
}
