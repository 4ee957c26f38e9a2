// The activity tally (prisma/migrations/20261207100000_activity_tally, with the review's measures of
// 20261208001000_activity_tally_results) against a full recount, after random sequences of the writes
// that change it: creates, edits (dates across fiscal years, status, key areas, means, participants and
// their head counts), moves to another program, deletes (the participants, key areas, means, report,
// follow-ups and feedback going by ON DELETE CASCADE), reports with follow-ups opened, closed, reopened
// and deleted, feedback given, changed and withdrawn, changes of a program's ends and approaches, an end
// deleted with its links, several writes in one transaction, and transactions running at once. The counts the pages show are
// compared with the queries they used before the tally (Prisma counts over the activities), and the
// dashboard's upcoming and recent activities with the queries they were read by before.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { todayInJapan } from "@/lib/fiscal-year";
import { fuzzParameters, fuzzSeed, FUZZ_RUNS } from "@/tests/fuzz/inputs";
import { TALLY_RECOUNT, TALLY_ROWS } from "@/scripts/bench/lib/tally-check";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;
let db: () => PrismaClient;
let planner: Actor;
let liaison: Actor;
let framework: typeof import("@/lib/data/reference/framework");
let dashboard: typeof import("@/lib/data/insights/dashboard");
let insights: typeof import("@/lib/data/insights/reads");

const reference = { programs: [] as string[], states: [] as string[], keyAreas: [] as string[], means: [] as string[] };
const ENDS = ["E1", "E2", "E9"];
const APPROACHES = ["A1", "A2"];
const STATUSES = ["PLANNED", "CONFIRMED", "CONDUCTED", "POSTPONED", "CANCELLED"] as const;

beforeAll(async () => {
  database = await seededDatabase("activity_tally");
  ({ db } = await import("@/lib/db/client"));
  framework = await import("@/lib/data/reference/framework");
  dashboard = await import("@/lib/data/insights/dashboard");
  insights = await import("@/lib/data/insights/reads");
  planner = await actorByEmail(database.url, "planner@example.org");
  liaison = await actorByEmail(database.url, "liaison.ph@example.org");
  const codes = async (sql: string) => (await query<{ code: string }>(database.url, sql)).map((row) => row.code);
  reference.programs = await codes(`SELECT id AS code FROM "Program" ORDER BY id`);
  reference.states = await codes(`SELECT code FROM "PartnerState" ORDER BY code`);
  reference.keyAreas = await codes(`SELECT code FROM "KeyArea" ORDER BY code`);
  reference.means = await codes(`SELECT code FROM "Means" ORDER BY code`);
}, 120_000);

afterAll(() => closeDatabase(database));

// ---------------------------------------------------------------- the recount

type Row = {
  scope: string;
  dimension: string;
  code: string;
  fiscalYear: number;
  status: string;
  activities: number;
  participants: number;
  followUpsOpen: number;
  feedback: number;
  usefulness: number;
  fit: number;
};

const key = (row: Row) => `${row.scope}|${row.dimension}|${row.code}|${row.fiscalYear}|${row.status}`;
const sorted = (rows: Row[]) =>
  rows
    .map((row) => `${key(row)} = ${row.activities} ${row.participants} ${row.followUpsOpen} ${row.feedback} ${row.usefulness} ${row.fit}`)
    .sort();

async function expectTallyExact(): Promise<void> {
  const [tally, recount] = await Promise.all([query<Row>(database.url, TALLY_ROWS), query<Row>(database.url, TALLY_RECOUNT)]);
  expect(sorted(tally)).toEqual(sorted(recount));
}

/** The framework page's and dashboard's counts against the queries they made before the tally. */
async function expectPagesMatchOldQueries(actor: Actor): Promise<void> {
  const scope: Prisma.ActivityWhereInput = actor.role === "LIAISON" ? { participants: { some: { stateCode: actor.stateCode! } } } : {};
  const count = (where: Prisma.ActivityWhereInput) => db().activity.count({ where: { AND: [scope, where] } });
  const view = await framework.getFramework(actor);
  for (const end of view.ends)
    expect(end.activityCount, `end ${end.code}`).toBe(await count({ program: { ends: { some: { code: end.code } } } }));
  for (const approach of view.approaches)
    expect(approach.activityCount, `approach ${approach.code}`).toBe(
      await count({ program: { approaches: { some: { code: approach.code } } } }),
    );
  for (const area of view.keyAreas)
    expect(area.activityCount, `key area ${area.code}`).toBe(await count({ keyAreas: { some: { code: area.code } } }));
  for (const item of view.means)
    expect(item.activityCount, `means ${item.code}`).toBe(await count({ means: { some: { code: item.code } } }));

  const home = await dashboard.getDashboard(actor);
  // Not counts, but read apart from the counts since: the upcoming (under way or to come) and recent activities.
  const today = todayInJapan();
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const upcoming = await db().activity.findMany({
    where: { AND: [scope, { endDate: { gte: today }, status: { not: "CANCELLED" } }] },
    select: { id: true },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: 8,
  });
  const recent = await db().activity.findMany({
    where: { AND: [scope, { endDate: { lt: today } }] },
    select: { id: true },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    take: 8,
  });
  expect(ids(home.upcoming)).toEqual(ids(upcoming));
  expect(ids(home.recent)).toEqual(ids(recent));
  expect(home.activitiesTotal).toBe(await count({}));
  expect(home.activitiesThisYear).toBe(await count({ fiscalYear: home.fiscalYear }));
  for (const row of home.counts.keyAreas)
    expect(row.counts).toEqual(
      await Promise.all(home.counts.years.map((fiscalYear) => count({ fiscalYear, keyAreas: { some: { code: row.code } } }))),
    );
  for (const row of home.counts.means)
    expect(row.counts).toEqual(
      await Promise.all(home.counts.years.map((fiscalYear) => count({ fiscalYear, means: { some: { code: row.code } } }))),
    );
}

// ---------------------------------------------------------------- the writes

type Client = PrismaClient | Prisma.TransactionClient;

interface Values {
  /** Days from 2018-01-01: start dates over about ten fiscal years. */
  startDay: number;
  length: number;
  status: (typeof STATUSES)[number];
  keyAreas: number[];
  means: number[];
  participants: number[];
}

type Op =
  | ({ kind: "create"; program: number } & Values)
  | ({ kind: "edit"; activity: number } & Values)
  | { kind: "move"; activity: number; program: number }
  | { kind: "delete"; activity: number }
  | { kind: "unlink"; activity: number; what: "participant" | "keyArea" | "means" }
  | { kind: "report"; activity: number; followUps: boolean[]; change: number }
  | { kind: "feedback"; activity: number; state: number; usefulness: number; fit: number; withdraw: boolean }
  | { kind: "programLinks"; program: number; ends: number[]; approaches: number[] }
  | { kind: "endChurn"; programs: number[] }
  | { kind: "transaction"; ops: Op[] };

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const subset = (max: number) => fc.uniqueArray(fc.nat({ max: max - 1 }), { maxLength: max });

const values = (): fc.Arbitrary<Values> =>
  fc.record({
    startDay: fc.nat({ max: 3650 }),
    length: fc.nat({ max: 40 }),
    status: fc.constantFrom(...STATUSES),
    keyAreas: subset(3),
    means: subset(5),
    participants: subset(19),
  });

const singleOp: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant("create" as const), program: fc.nat() }).chain((op) => values().map((v) => ({ ...op, ...v }))),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant("edit" as const), activity: fc.nat() }).chain((op) => values().map((v) => ({ ...op, ...v }))),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("move" as const), activity: fc.nat(), program: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), activity: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("unlink" as const),
      activity: fc.nat(),
      what: fc.constantFrom("participant" as const, "keyArea" as const, "means" as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("report" as const),
      activity: fc.nat(),
      // The follow-ups of a new report, open (true) or closed; on a report that exists, the change made.
      followUps: fc.array(fc.boolean(), { maxLength: 4 }),
      change: fc.nat({ max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("feedback" as const),
      activity: fc.nat(),
      state: fc.nat(),
      usefulness: fc.integer({ min: 1, max: 5 }),
      fit: fc.integer({ min: 1, max: 5 }),
      withdraw: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("programLinks" as const), program: fc.nat(), ends: subset(3), approaches: subset(2) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("endChurn" as const), programs: fc.uniqueArray(fc.nat({ max: 30 }), { maxLength: 4 }) }),
  },
);

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: singleOp },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("transaction" as const), ops: fc.array(singleOp, { minLength: 2, maxLength: 4 }) }),
  },
);

const DAY = 86_400_000;
const EPOCH = Date.UTC(2018, 0, 1);

function dates(v: Values) {
  const startDate = new Date(EPOCH + v.startDay * DAY);
  const fiscalYear = startDate.getUTCMonth() >= 3 ? startDate.getUTCFullYear() : startDate.getUTCFullYear() - 1;
  return { startDate, endDate: new Date(startDate.getTime() + v.length * DAY), fiscalYear };
}

const children = (v: Values) => ({
  keyAreas: [...new Set(v.keyAreas.map((i) => pick(reference.keyAreas, i)))].map((code) => ({ code })),
  means: [...new Set(v.means.map((i) => pick(reference.means, i)))].map((code) => ({ code })),
  // Head counts from the index: some states without one (null), as the portal allows.
  participants: [...new Map(v.participants.map((i) => [pick(reference.states, i), i % 5 === 0 ? null : (i * 3) % 11])).entries()].map(
    ([stateCode, participantCount]) => ({ stateCode, participantCount }),
  ),
});

/** The n-th activity (modulo their number), or undefined when there are none. */
async function nthActivity(client: Client, n: number): Promise<string | undefined> {
  const total = await client.activity.count();
  if (total === 0) return undefined;
  const [row] = await client.activity.findMany({ select: { id: true }, orderBy: { id: "asc" }, skip: n % total, take: 1 });
  return row?.id;
}

let created = 0;

async function apply(client: Client, step: Op): Promise<void> {
  switch (step.kind) {
    case "create": {
      const { keyAreas, means, participants } = children(step);
      await client.activity.create({
        data: {
          programId: pick(reference.programs, step.program),
          kind: "SEMINAR",
          title: `Tally test ${++created}`,
          ...dates(step),
          status: step.status,
          keyAreas: { connect: keyAreas },
          means: { connect: means },
          participants: { create: participants },
        },
      });
      return;
    }
    case "edit": {
      // As updateActivity writes: the scalars, then the participants replaced, then the links set.
      const id = await nthActivity(client, step.activity);
      if (!id) return;
      const { keyAreas, means, participants } = children(step);
      await client.activity.updateMany({ where: { id }, data: { ...dates(step), status: step.status, version: { increment: 1 } } });
      await client.activityParticipant.deleteMany({ where: { activityId: id } });
      await client.activity.update({
        where: { id },
        data: { participants: { create: participants }, keyAreas: { set: keyAreas }, means: { set: means } },
        select: { id: true },
      });
      return;
    }
    case "move": {
      const id = await nthActivity(client, step.activity);
      if (id)
        await client.activity.update({ where: { id }, data: { programId: pick(reference.programs, step.program) }, select: { id: true } });
      return;
    }
    case "delete": {
      const id = await nthActivity(client, step.activity);
      // Participants, key areas, means, non-invitations, consultations and need links go by cascade.
      if (id) await client.activity.delete({ where: { id }, select: { id: true } });
      return;
    }
    case "unlink": {
      const id = await nthActivity(client, step.activity);
      if (!id) return;
      if (step.what === "participant") {
        const first = await client.activityParticipant.findFirst({ where: { activityId: id }, orderBy: { stateCode: "asc" } });
        if (first)
          await client.activityParticipant.delete({ where: { activityId_stateCode: { activityId: id, stateCode: first.stateCode } } });
      } else {
        const relation = step.what === "keyArea" ? "keyAreas" : "means";
        const current = await client.activity.findUnique({ where: { id }, select: { [relation]: { select: { code: true }, take: 1 } } });
        const first = (current?.[relation] as { code: string }[] | undefined)?.[0];
        if (first) await client.activity.update({ where: { id }, data: { [relation]: { disconnect: [first] } }, select: { id: true } });
      }
      return;
    }
    case "report": {
      const id = await nthActivity(client, step.activity);
      if (!id) return;
      const report = await client.afterActionReport.findUnique({
        where: { activityId: id },
        select: { id: true, followUps: { select: { id: true, closedOn: true }, orderBy: { position: "asc" } } },
      });
      const day = new Date(Date.UTC(2026, 0, 15));
      if (!report) {
        await client.afterActionReport.create({
          data: {
            activityId: id,
            followUps: {
              create: step.followUps.map((open, position) => ({
                position,
                action: `Follow-up ${position}`,
                owner: "J5",
                dueDate: day,
                closedOn: open ? null : day,
              })),
            },
          },
          select: { id: true },
        });
        return;
      }
      const first = report.followUps[0];
      if (step.change === 0) await client.afterActionReport.delete({ where: { id: report.id }, select: { id: true } });
      else if (step.change === 1 && first)
        // Closed or reopened.
        await client.followUpAction.update({
          where: { id: first.id },
          data: { closedOn: first.closedOn ? null : day },
          select: { id: true },
        });
      else if (step.change === 2 && first) await client.followUpAction.delete({ where: { id: first.id }, select: { id: true } });
      else
        await client.followUpAction.create({
          data: { reportId: report.id, position: report.followUps.length, action: "Added", owner: "J5", dueDate: day },
          select: { id: true },
        });
      return;
    }
    case "feedback": {
      // Any state, taking part or not: feedback of a state that no longer takes part counts under '*' only.
      const id = await nthActivity(client, step.activity);
      if (!id) return;
      const stateCode = pick(reference.states, step.state);
      const where = { activityId_stateCode: { activityId: id, stateCode } };
      if (step.withdraw) await client.partnerFeedback.deleteMany({ where: { activityId: id, stateCode } });
      else
        await client.partnerFeedback.upsert({
          where,
          create: { activityId: id, stateCode, usefulness: step.usefulness, fit: step.fit },
          update: { usefulness: step.usefulness, fit: step.fit },
          select: { id: true },
        });
      return;
    }
    case "programLinks": {
      const ends = await client.end.findMany({ where: { code: { in: step.ends.map((i) => pick(ENDS, i)) } }, select: { code: true } });
      await client.program.update({
        where: { id: pick(reference.programs, step.program) },
        data: {
          ends: { set: ends },
          approaches: { set: [...new Set(step.approaches.map((i) => pick(APPROACHES, i)))].map((code) => ({ code })) },
        },
        select: { id: true },
      });
      return;
    }
    case "endChurn": {
      // An end that comes and goes: deleting it removes its program links by ON DELETE CASCADE.
      const existing = await client.end.findUnique({ where: { code: "E9" }, select: { code: true } });
      if (existing) await client.end.delete({ where: { code: "E9" } });
      else
        await client.end.create({
          data: {
            code: "E9",
            titleEn: "Test end",
            titleJa: "テスト",
            descriptionEn: "",
            descriptionJa: "",
            sortOrder: 9,
            programs: { connect: [...new Set(step.programs.map((i) => pick(reference.programs, i)))].map((id) => ({ id })) },
          },
        });
      return;
    }
    case "transaction":
      await db().$transaction(async (tx) => {
        for (const inner of step.ops) await apply(tx, inner);
      });
      return;
  }
}

// ---------------------------------------------------------------- the properties

describe("the activity tally", () => {
  it("is filled by the migration for the seeded activities", async () => {
    expect((await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM "ActivityTally"`))[0]?.n).toBeGreaterThan(0);
    await expectTallyExact();
  });

  it("equals a full recount after any sequence of writes, and the pages' counts equal the old queries", async () => {
    const runs = Math.max(10, Math.round(FUZZ_RUNS / 25));
    console.log(`activity tally: seed ${fuzzSeed()} (FUZZ_SEED=${fuzzSeed()} replays it), ${runs} runs`);
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        for (const step of ops) await apply(db(), step);
        await expectTallyExact();
      }),
      fuzzParameters(runs),
    );
    await expectPagesMatchOldQueries(planner);
    await expectPagesMatchOldQueries(liaison);
  }, 600_000);

  it("loses no change when transactions write at once", async () => {
    // Many writers on the same rows: the same program, fiscal year and status, overlapping key areas,
    // means and participants, created, edited and deleted in parallel transactions.
    let deadlocks = 0;
    const base: Values = { startDay: 2400, length: 1, status: "PLANNED", keyAreas: [0, 1], means: [0, 2], participants: [0, 5, 7] };
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        apply(db(), { kind: "transaction", ops: [{ kind: "create", program: 0, ...base, keyAreas: [i % 3], participants: [i % 4, 5] }] }),
      ),
    );
    await expectTallyExact();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        apply(db(), {
          kind: "transaction",
          ops: [
            { kind: "edit", activity: 2 * i, ...base, status: pick(STATUSES, i), keyAreas: [(i + 1) % 3], means: [i % 5] },
            { kind: "move", activity: 2 * i + 1, program: i },
          ],
        }).catch((error: unknown) => {
          // Two edits of one activity may deadlock (PostgreSQL then rolls one back whole): that loses
          // the write, not a count.
          if (!/deadlock/i.test(String(error))) throw error;
          deadlocks++;
        }),
      ),
    );
    if (deadlocks) console.log(`activity tally: ${deadlocks} of 12 parallel edits rolled back by a deadlock`);
    await expectTallyExact();
    await expectPagesMatchOldQueries(planner);
    await expectPagesMatchOldQueries(liaison);
  }, 120_000);

  it("is recounted after a TRUNCATE, and ignores rows written to it directly", async () => {
    await query(database.url, `INSERT INTO "ActivityTally" VALUES ('*', 'total', '', 1999, 'PLANNED', 5, 3, 2, 1, 4, 4)`);
    await expectTallyExact();
    await query(database.url, `TRUNCATE "_ActivityToMeans"`);
    await expectTallyExact();
    await query(database.url, `TRUNCATE "PartnerFeedback"`);
    await expectTallyExact();
  });

  it("serves the insight pages like the recount", async () => {
    const range = { fyFrom: 2017, fyTo: 2028 };
    const perState = await insights.activitiesPerState(planner, range);
    for (const state of perState.states) {
      const [row] = await query<{ n: number }>(
        database.url,
        `SELECT count(*)::int AS n FROM "Activity" a JOIN "ActivityParticipant" p ON p."activityId" = a.id
         WHERE p."stateCode" = $1 AND a."fiscalYear" BETWEEN $2 AND $3`,
        [state.code, range.fyFrom, range.fyTo],
      );
      expect(state.count, state.code).toBe(row?.n);
    }
    const perYear = await insights.activitiesPerYear(planner, { ...range, state: "PH", status: "PLANNED" });
    const rows = await query<{ fiscalYear: number; n: number }>(
      database.url,
      `SELECT a."fiscalYear", count(*)::int AS n FROM "Activity" a
       WHERE a.status = 'PLANNED' AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH')
       GROUP BY 1`,
    );
    expect(perYear.activities).toEqual(perYear.years.map((fy) => rows.find((row) => row.fiscalYear === fy)?.n ?? 0));
  });
});
