// Creates a portal account from the command line: the first admin of a production database, which
// has no demo accounts. The password is read from the terminal (not echoed) or from
// CREATE_USER_PASSWORD for automation; it is never a command-line argument (visible in `ps`).
//
//   npx tsx scripts/create-user.ts --email a@mod.go.jp --name "Aoki Ken" --role ADMIN
//   npx tsx scripts/create-user.ts --email l@example.org --name "..." --role LIAISON --state PH
import "dotenv/config";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { hashPassword } from "../lib/security/password";
import { createPrismaClient } from "../lib/db/client";

const schema = z
  .object({
    email: z.string().trim().toLowerCase().email().max(254),
    name: z.string().trim().min(1).max(120),
    role: z.enum(["ADMIN", "PLANNER", "LIAISON"]),
    state: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    password: z.string().min(12, "at least 12 characters").max(256),
  })
  .refine((input) => (input.role === "LIAISON") === (input.state !== undefined), {
    message: "--state is required for LIAISON and not allowed otherwise",
  });

function askHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  let asked = false;
  output._writeToOutput = (text) => {
    // Print the question once, then nothing of what is typed.
    if (!asked) process.stdout.write(text);
    asked = true;
  };
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    }),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, state: { type: "string" } },
  });
  const password = process.env.CREATE_USER_PASSWORD ?? (await askHidden("Password: "));
  const parsed = schema.safeParse({ ...values, password });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".") || "input"}: ${issue.message}`);
    process.exit(2);
  }
  const input = parsed.data;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const prisma = createPrismaClient(url);
  try {
    if (input.state) {
      const state = await prisma.partnerState.findUnique({ where: { code: input.state }, select: { isAsean: true } });
      if (!state?.isAsean) {
        console.error(`state: ${input.state} is not an ASEAN member state in this database (run the reference seed first?)`);
        process.exit(2);
      }
    }
    const passwordHash = await hashPassword(input.password);
    await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, stateCode: input.state ?? null, passwordHash },
        select: { id: true, email: true, name: true, role: true, stateCode: true },
      });
      await tx.auditEvent.create({
        data: { actorEmail: "command line", action: "user.create", entity: "User", entityId: user.id, after: user },
      });
    });
    console.log(`created ${input.role} ${input.email}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  console.error(code === "P2002" ? "a user with that email exists already" : code === "P2003" ? "unknown state code" : String(error));
  process.exit(1);
});
