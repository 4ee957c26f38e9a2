import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { stateRef } from "@/lib/data/selects";

export const userRow = {
  id: true,
  name: true,
  email: true,
  role: true,
  stateCode: true,
  state: { select: stateRef },
  disabled: true,
  lastSignInAt: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.UserSelect;

export type AdminUserRow = Prisma.UserGetPayload<{ select: typeof userRow }>;

export async function listUsers(actor: Actor): Promise<AdminUserRow[]> {
  assertCan(actor, "user:manage");
  return scopedDb(actor).user.findMany({ select: userRow, orderBy: [{ disabled: "asc" }, { role: "asc" }, { email: "asc" }] });
}

/** The states a liaison officer may be bound to: the ASEAN members. */
export async function listBindableStates(actor: Actor) {
  assertCan(actor, "user:manage");
  return scopedDb(actor).partnerState.findMany({ where: { isAsean: true }, select: stateRef, orderBy: { sortOrder: "asc" } });
}
