// The role -> permission table of DESIGN.md. Pure: the UI asks can() to show or hide controls, the
// data layer calls assertCan() before it reads or writes. Scoping by state is in scope.ts.
import { NotFoundError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/authz/actor";
import { PARTNER_PLAN_STATUSES } from "@/lib/domain/plan";

export const PERMISSIONS = [
  "framework:read",
  "program:read",
  "program:edit",
  "plan:read",
  "plan:readInternal", // budget lines, author notes: JMOD only
  "plan:edit",
  "plan:share",
  "plan:submit",
  "plan:approve",
  "plan:comment",
  "activity:read",
  "activity:edit",
  "need:read",
  "need:submit",
  "need:triage",
  "state:read",
  "export:own",
  "export:all",
  "insight:read", // coverage, charts and map across all states: JMOD only
  "user:manage",
  "audit:read",
  "reference:edit",
  "feedback:give", // a taking-part state's rating of a conducted activity: liaison officers only
  "review:read", // the review of efforts: JMOD across states (with money), a liaison officer for their state
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const PLANNER: readonly Permission[] = [
  "framework:read",
  "program:read",
  "program:edit",
  "plan:read",
  "plan:readInternal",
  "plan:edit",
  "plan:share",
  "plan:submit",
  "plan:approve",
  "plan:comment",
  "activity:read",
  "activity:edit",
  "need:read",
  "need:triage",
  "state:read",
  "export:own",
  "export:all",
  "insight:read",
  "review:read",
];

export const POLICY: Record<Role, ReadonlySet<Permission>> = {
  ADMIN: new Set<Permission>([...PLANNER, "user:manage", "audit:read", "reference:edit"]),
  PLANNER: new Set<Permission>(PLANNER),
  LIAISON: new Set<Permission>([
    "framework:read",
    "program:read",
    "plan:read",
    "plan:comment",
    "activity:read",
    "need:read",
    "need:submit",
    "state:read",
    "export:own",
    "feedback:give",
    "review:read",
  ]),
};

export function can(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): boolean {
  return actor ? POLICY[actor.role].has(permission) : false;
}

/**
 * Refuses as "not found": a liaison officer probing an edit endpoint learns nothing about whether
 * the record exists.
 */
export function assertCan(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): asserts actor {
  if (!can(actor, permission)) throw new NotFoundError();
}

/** Planners and admins see every state's records; liaison officers only their own state's. */
export function seesAllStates(actor: Pick<Actor, "role">): boolean {
  return actor.role === "ADMIN" || actor.role === "PLANNER";
}

/** The state a liaison officer is confined to. A liaison actor without a state is a broken account: throw, never widen. */
export function liaisonState(actor: Actor): string {
  if (!actor.stateCode) throw new Error(`liaison actor ${actor.id} has no state`);
  return actor.stateCode;
}

/** Whether the liaison officers of `stateCode` may read a loaded plan now (lib/data/scope.ts planScope, for a row in hand). */
export function planVisibleToState(plan: { status: string; sharedWith: readonly string[] }, stateCode: string): boolean {
  return (PARTNER_PLAN_STATUSES as readonly string[]).includes(plan.status) && plan.sharedWith.includes(stateCode);
}
