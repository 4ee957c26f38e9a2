// Demo accounts. Never seeded by --reference-only: production accounts are created by an administrator.
import type { UserSeed } from "./types";
import { ASEAN_CODES, stateName } from "./states";

export const DEMO_PASSWORD = "demo-password-2026";

export const ADMIN_EMAIL = "admin@example.org";
export const PLANNER_EMAIL = "planner@example.org";
export const PLANNER2_EMAIL = "planner2@example.org";

export function liaisonEmail(stateCode: string): string {
  return `liaison.${stateCode.toLowerCase()}@example.org`;
}

export const DEMO_USERS: UserSeed[] = [
  { email: ADMIN_EMAIL, name: "Portal Administrator", role: "ADMIN", stateCode: null },
  { email: PLANNER_EMAIL, name: "Haruka Sato", role: "PLANNER", stateCode: null },
  { email: PLANNER2_EMAIL, name: "Kenji Tanaka", role: "PLANNER", stateCode: null },
  ...ASEAN_CODES.map((code): UserSeed => ({
    email: liaisonEmail(code),
    name: `${stateName(code)} Liaison Officer`,
    role: "LIAISON",
    stateCode: code,
  })),
];
