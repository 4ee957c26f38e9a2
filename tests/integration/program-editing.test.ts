// Creating and editing programs through the data layer the server actions call: authorization, input
// schema, partner states derived from the kind, rule O1, optimistic locking and the audit event.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError, RuleViolationError, ValidationError } from "@/lib/errors";
import type { RuleResult } from "@/lib/rules/principles";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase, tableCounts } from "./helpers";

let database: TestDatabase;
let planner: Actor;
let planner2: Actor;
let liaison: Actor;
let editing: typeof import("@/lib/data/programs/reads") & typeof import("@/lib/data/programs/writes");
let history: typeof import("@/lib/data/audit/history");

const ASEAN = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"];

function program(overrides: Record<string, unknown> = {}) {
  return {
    kind: "MULTILATERAL",
    partnerStateCode: "",
    nameEn: "Japan-ASEAN Cyber Security Seminar Series",
    nameJa: "日ASEANサイバーセキュリティ・セミナー",
    descriptionEn: "Seminars on cyber norms for ASEAN defense authorities.",
    descriptionJa: "",
    ends: ["E1", "E2"],
    approaches: ["A1"],
    keyAreas: ["K1"],
    means: ["M1"],
    frameworks: ["EWG_CS"],
    ...overrides,
  };
}

async function rejection(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
}

async function expectNoWrite(work: () => Promise<unknown>): Promise<void> {
  const before = await tableCounts(database.url);
  const versions = await query(database.url, `SELECT id, version FROM "Program" ORDER BY id`);
  await work();
  expect(await tableCounts(database.url)).toEqual(before);
  expect(await query(database.url, `SELECT id, version FROM "Program" ORDER BY id`)).toEqual(versions);
}

async function fieldErrorsOf(work: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await rejection(work);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

const partnerStates = async (id: string) =>
  (await query<{ code: string }>(database.url, `SELECT "A" AS code FROM "_ProgramPartnerStates" WHERE "B" = $1 ORDER BY "A"`, [id])).map(
    (r) => r.code,
  );

const auditRows = (id: string) =>
  query<{ action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
    database.url,
    `SELECT action, before, after FROM "AuditEvent" WHERE entity = 'Program' AND "entityId" = $1 ORDER BY id`,
    [id],
  );

beforeAll(async () => {
  database = await seededDatabase("program_editing");
  editing = { ...(await import("@/lib/data/programs/reads")), ...(await import("@/lib/data/programs/writes")) };
  history = await import("@/lib/data/audit/history");
  planner = await actorByEmail(database.url, "planner@example.org");
  planner2 = await actorByEmail(database.url, "planner2@example.org");
  liaison = await actorByEmail(database.url, "liaison.ph@example.org");
});

afterAll(() => closeDatabase(database));

describe("creating a program", () => {
  it("opens a multilateral program to every ASEAN member, and audits it", async () => {
    const { id, warnings } = await editing.createProgram(planner, program());
    expect(warnings).toEqual([]);
    expect(await partnerStates(id)).toEqual([...ASEAN].sort());
    const [row] = await query(database.url, `SELECT kind::text, "partnerStateCode", version, "updatedById" FROM "Program" WHERE id = $1`, [
      id,
    ]);
    expect(row).toEqual({ kind: "MULTILATERAL", partnerStateCode: null, version: 1, updatedById: planner.id });
    const events = await auditRows(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "program.create", before: null });
    expect(events[0]!.after).toMatchObject({ kind: "MULTILATERAL", ends: ["E1", "E2"], frameworks: ["EWG_CS"] });
  });

  it("gives a bilateral program its one partner", async () => {
    const { id } = await editing.createProgram(
      planner,
      program({ kind: "BILATERAL", partnerStateCode: "PH", nameEn: "Philippines: cyber" }),
    );
    expect(await partnerStates(id)).toEqual(["PH"]);
  });

  it("ignores a partner given to a multilateral program", async () => {
    const { id } = await editing.createProgram(planner, program({ partnerStateCode: "PH" }));
    expect(await query(database.url, `SELECT "partnerStateCode" FROM "Program" WHERE id = $1`, [id])).toEqual([{ partnerStateCode: null }]);
  });

  it("refuses a liaison officer as not found, and writes nothing", async () => {
    await expectNoWrite(async () => {
      expect(await rejection(editing.createProgram(liaison, program()))).toBeInstanceOf(NotFoundError);
    });
  });
});

describe("bad input is refused beside its field, with nothing written", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["a bilateral program without its partner", { kind: "BILATERAL" }, "partnerStateCode"],
    ["a partner outside ASEAN", { kind: "BILATERAL", partnerStateCode: "US" }, "partnerStateCode"],
    ["an unknown partner", { kind: "BILATERAL", partnerStateCode: "ZZ" }, "partnerStateCode"],
    ["an unknown kind", { kind: "TRILATERAL" }, "kind"],
    ["a name of the wrong type", { nameEn: ["x"] }, "nameEn"],
    ["an empty Japanese name", { nameJa: "" }, "nameJa"],
    ["an oversized name", { nameEn: "x".repeat(301) }, "nameEn"],
    ["an oversized description", { descriptionJa: "x".repeat(5001) }, "descriptionJa"],
    ["an unknown end", { ends: ["E1", "E9"] }, "ends"],
    ["an unknown approach", { approaches: ["A7"] }, "approaches"],
    ["an unknown framework", { frameworks: ["NOPE"] }, "frameworks"],
    ["codes that are not a list", { means: "M1" }, "means"],
  ];
  for (const [what, overrides, field] of cases) {
    it(`refuses ${what}`, async () => {
      await expectNoWrite(async () => {
        expect(Object.keys(await fieldErrorsOf(editing.createProgram(planner, program(overrides))))).toContain(field);
      });
    });
  }
});

describe("rule O1", () => {
  for (const [what, overrides, fields] of [
    ["no end", { ends: [] }, ["ends"]],
    ["no key area", { keyAreas: [] }, ["keyAreas"]],
  ] as const) {
    it(`refuses a program with ${what}`, async () => {
      await expectNoWrite(async () => {
        const error = await rejection(editing.createProgram(planner, program(overrides)));
        expect(error).toBeInstanceOf(RuleViolationError);
        const results = (error as RuleViolationError).results as RuleResult[];
        expect(results.map((r) => [r.code, r.fields])).toEqual([["O1", fields]]);
      });
    });
  }
});

describe("updating a program", () => {
  it("writes the change, re-derives the partner states and audits before and after", async () => {
    const { id } = await editing.createProgram(planner, program());
    await editing.updateProgram(planner2, id, program({ version: 1, kind: "BILATERAL", partnerStateCode: "VN", keyAreas: ["K1", "K2"] }));
    expect(await partnerStates(id)).toEqual(["VN"]);
    const [row] = await query(database.url, `SELECT version, "partnerStateCode", "updatedById" FROM "Program" WHERE id = $1`, [id]);
    expect(row).toEqual({ version: 2, partnerStateCode: "VN", updatedById: planner2.id });
    const events = await auditRows(id);
    expect(events.map((e) => e.action)).toEqual(["program.create", "program.update"]);
    expect(events[1]!.before).toMatchObject({ kind: "MULTILATERAL", keyAreas: ["K1"] });
    expect(events[1]!.after).toMatchObject({ kind: "BILATERAL", partnerStates: ["VN"], keyAreas: ["K1", "K2"] });
    const entries = await history.listHistory(planner, "Program", id);
    expect(entries[0]!.changedFields.sort()).toEqual(["keyAreas", "kind", "partnerStateCode", "partnerStates"]);
  });

  it("refuses a liaison officer, an unknown program and a blocking rule, writing nothing", async () => {
    const { id } = await editing.createProgram(planner, program());
    await expectNoWrite(async () => {
      expect(await rejection(editing.updateProgram(liaison, id, program({ version: 1 })))).toBeInstanceOf(NotFoundError);
      expect(await rejection(editing.updateProgram(planner, "no-such-program", program({ version: 1 })))).toBeInstanceOf(NotFoundError);
      expect(await rejection(editing.updateProgram(planner, id, program({ version: 1, ends: [] })))).toBeInstanceOf(RuleViolationError);
      expect(Object.keys(await fieldErrorsOf(editing.updateProgram(planner, id, program({ version: "one" }))))).toEqual(["version"]);
    });
  });

  it("refuses a stale version with who changed it and when, writing nothing", async () => {
    const { id } = await editing.createProgram(planner, program());
    await editing.updateProgram(planner2, id, program({ version: 1, nameEn: "Theirs" }));
    await expectNoWrite(async () => {
      const error = await rejection(editing.updateProgram(planner, id, program({ version: 1, nameEn: "Mine" })));
      expect(error).toBeInstanceOf(ConflictError);
      const { current } = error as ConflictError;
      expect(current).toMatchObject({ version: 2, updatedBy: planner2.name });
      expect(current.values).toMatchObject({ nameEn: "Theirs" });
    });
  });

  it("of two saves from the same version, exactly one wins", async () => {
    const { id } = await editing.createProgram(planner, program());
    const outcomes = await Promise.allSettled([
      editing.updateProgram(planner, id, program({ version: 1, nameEn: "One" })),
      editing.updateProgram(planner2, id, program({ version: 1, nameEn: "Two" })),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(lost.map((o) => o.reason instanceof ConflictError)).toEqual([true]);
    expect((await auditRows(id)).map((e) => e.action)).toEqual(["program.create", "program.update"]);
  });

  it("rolls everything back when the audit insert fails half-way", async () => {
    const { id } = await editing.createProgram(planner, program());
    await query(
      database.url,
      `CREATE FUNCTION fail_program_audit() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.entity = 'Program' THEN RAISE EXCEPTION 'audit insert failed'; END IF;
         RETURN NEW;
       END $$`,
    );
    await query(
      database.url,
      `CREATE TRIGGER fail_program_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION fail_program_audit()`,
    );
    try {
      await expectNoWrite(async () => {
        await expect(editing.createProgram(planner, program())).rejects.toThrow();
        await expect(
          editing.updateProgram(planner, id, program({ version: 1, kind: "BILATERAL", partnerStateCode: "TH" })),
        ).rejects.toThrow();
      });
    } finally {
      await query(database.url, `DROP TRIGGER fail_program_audit ON "AuditEvent"`);
      await query(database.url, `DROP FUNCTION fail_program_audit()`);
    }
    expect(await partnerStates(id)).toEqual([...ASEAN].sort());
  });
});
