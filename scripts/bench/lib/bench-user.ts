// The account a benchmark signs in with: created straight in the scratch database, with a random
// password that lives only in this process.
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../../lib/auth/password";
import { withClient } from "../../lib/database";

export interface BenchUser {
  id: string;
  email: string;
  password: string;
  role: "ADMIN" | "PLANNER";
}

/** Creates a planner (or admin): both see every state's records, so exports hold the whole dataset. */
export async function createBenchUser(url: string, role: BenchUser["role"] = "PLANNER"): Promise<BenchUser> {
  const user: BenchUser = {
    id: `bench-user-${role.toLowerCase()}`,
    email: `bench.${role.toLowerCase()}@example.org`,
    password: randomBytes(24).toString("base64url"),
    role,
  };
  const passwordHash = await hashPassword(user.password);
  await withClient(url, (client) =>
    client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
       VALUES ($1, $2, $3, $4, $5::"Role", now())`,
      [user.id, user.email, `Benchmark ${role.toLowerCase()}`, passwordHash, role],
    ),
  );
  return user;
}
