// The account a benchmark signs in with: created straight in the scratch database, with a random
// password that lives only in this process.
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../../lib/security/password";
import { withClient } from "../../lib/database";

export interface BenchUser {
  id: string;
  email: string;
  password: string;
  role: "ADMIN" | "PLANNER";
}

/**
 * Creates a planner (or admin): both see every state's records, so exports hold the whole dataset.
 * `suffix` tells several accounts of one role apart (editor-7 -> bench.planner.editor-7@example.org).
 */
export async function createBenchUser(url: string, role: BenchUser["role"] = "PLANNER", suffix?: string): Promise<BenchUser> {
  const name = suffix ? `${role.toLowerCase()}.${suffix}` : role.toLowerCase();
  const user: BenchUser = {
    id: `bench-user-${name.replace(/\./g, "-")}`,
    email: `bench.${name}@example.org`,
    password: randomBytes(24).toString("base64url"),
    role,
  };
  const passwordHash = await hashPassword(user.password);
  await withClient(url, (client) =>
    client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
       VALUES ($1, $2, $3, $4, $5::"Role", now())`,
      [user.id, user.email, `Benchmark ${name}`, passwordHash, role],
    ),
  );
  return user;
}
