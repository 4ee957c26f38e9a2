import { describe, expect, it } from "vitest";
import { assertCan, can, PERMISSIONS, POLICY, seesAllStates, type Permission } from "@/lib/authz/policy";
import type { Role } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";

// The expected table, written out independently of the implementation: every role x permission.
const LIAISON_MAY: Permission[] = [
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
];
/** Only the partner states rate what they took part in. */
const LIAISON_ONLY: Permission[] = ["need:submit", "feedback:give"];
const ADMIN_ONLY: Permission[] = ["user:manage", "audit:read", "reference:edit"];

function expected(role: Role, permission: Permission): boolean {
  if (role === "ADMIN") return !LIAISON_ONLY.includes(permission);
  if (role === "PLANNER") return !ADMIN_ONLY.includes(permission) && !LIAISON_ONLY.includes(permission);
  return LIAISON_MAY.includes(permission);
}

describe("role -> permission policy", () => {
  const roles: Role[] = ["ADMIN", "PLANNER", "LIAISON"];
  for (const role of roles) {
    for (const permission of PERMISSIONS) {
      it(`${role} ${expected(role, permission) ? "may" : "may not"} ${permission}`, () => {
        expect(can({ role }, permission)).toBe(expected(role, permission));
      });
    }
  }

  it("lists no permission that no role has", () => {
    for (const permission of PERMISSIONS) {
      expect(roles.some((role) => POLICY[role].has(permission))).toBe(true);
    }
  });

  it("gives an anonymous caller nothing", () => {
    for (const permission of PERMISSIONS) expect(can(null, permission)).toBe(false);
  });

  it("refuses as not found, so that a refusal reveals nothing", () => {
    expect(() => assertCan({ role: "LIAISON" }, "plan:edit")).toThrow(NotFoundError);
    expect(() => assertCan(undefined, "activity:read")).toThrow(NotFoundError);
    expect(() => assertCan({ role: "PLANNER" }, "plan:edit")).not.toThrow();
  });

  it("lets only planners and admins see every state", () => {
    expect(seesAllStates({ role: "ADMIN" })).toBe(true);
    expect(seesAllStates({ role: "PLANNER" })).toBe(true);
    expect(seesAllStates({ role: "LIAISON" })).toBe(false);
  });
});
