// The activities, needs and plans CSVs as PostgreSQL writes them (COPY): whatever text the records hold, the file reads
// back (RFC 4180) as the same cells as the CSV writer of lib/exports/csv.ts makes from the same rows,
// formula-looking text neutralised in SQL exactly as neutralise() does; byte for byte the same where
// no cell is empty or has white space at either end (the two quoting differences). A database error
// mid-file ends the download without detail, and an abandoned COPY leaves nothing running.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import { BATCH_SIZE } from "@/lib/data/reports/types";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { neutralise } from "@/lib/exports/neutralise";
import { fiscalYearLabel, fiscalYearOf } from "@/lib/fiscal-year";
import { fuzzSeed, spreadsheetText } from "@/tests/fuzz/inputs";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";
import { parseCsv } from "./csv";

let database: TestDatabase;
let reports: typeof import("@/lib/data/reports/reads");
let csv: typeof import("@/lib/exports/csv-stream");
let copy: typeof import("@/lib/db/copy");
let planner: Actor;

const FUZZED = 300;

beforeAll(async () => {
  database = await seededDatabase("report_copy");
  reports = await import("@/lib/data/reports/reads");
  csv = await import("@/lib/exports/csv-stream");
  copy = await import("@/lib/db/copy");
  planner = await actorByEmail(database.url, "planner@example.org");
  await query(
    database.url,
    `INSERT INTO "Activity" (id, "programId", kind, title, "titleJa", description, "startDate", "endDate", "fiscalYear", location,
                             "hostStateCode", "frameworkCode", status, outcomes, illustrative, source, "updatedAt")
       SELECT 'fuzz-' || lpad(g::text, 4, '0'), a."programId", a.kind, a.title, a."titleJa", a.description, a."startDate", a."endDate",
              a."fiscalYear", a.location, a."hostStateCode", a."frameworkCode", a.status, a.outcomes, a.illustrative, a.source, now()
       FROM generate_series(1, ${FUZZED}) g, (SELECT * FROM "Activity" ORDER BY id LIMIT 1) a`,
  );
});

afterAll(() => closeDatabase(database));

const context = (ja = false) => ({ actor: planner, filters: {}, ja, enumLabel: (key: string) => `=${key}`, yes: "+yes" });
const text = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer()).toString("utf8");

/** The fuzzed texts as the fuzzed records' title, Japanese title and location (PostgreSQL holds no NUL). */
async function store(texts: string[]): Promise<void> {
  const value = (i: number) => texts[i % texts.length]!.replace(/\u0000/g, "");
  const rows = Array.from({ length: FUZZED }, (_, i) => [
    `fuzz-${String(i + 1).padStart(4, "0")}`,
    value(3 * i),
    value(3 * i + 1),
    value(3 * i + 2),
  ]);
  await query(
    database.url,
    `UPDATE "Activity" a SET title = v.title, "titleJa" = NULLIF(v.ja, ''), location = v.location
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS v(id, title, ja, location) WHERE a.id = v.id`,
    [0, 1, 2, 3].map((c) => rows.map((row) => row[c]!)),
  );
}

/** The COPY file and the file csv.ts writes from the same report's rows. */
async function bothFiles(ja: boolean): Promise<{ copied: string; written: string }> {
  const source = reports.openReport("activities", context(ja));
  const header = [...source.columns];
  const copied = await text(reports.reportCsv(source, header));
  const written = await text(csv.csvStream(header, source.rows()));
  return { copied, written };
}

describe("needs CSV from COPY", () => {
  // Each cell from the tables, the answers filtered by the reader's scope in JavaScript, the fiscal
  // year by lib/fiscal-year.ts: an implementation apart from the report's SQL.
  async function expectedNeeds(state: string | undefined): Promise<string[][]> {
    const needs = await query<{
      id: string;
      state: string;
      title: string;
      keyArea: string;
      priority: string;
      status: string;
      day: string;
      declineReason: string | null;
      illustrative: boolean;
    }>(
      database.url,
      `SELECT n.id, s."nameEn" AS state, n.title, k."titleEn" AS "keyArea", n.priority::text AS priority, n.status::text AS status,
              to_char(n."createdAt", 'YYYY-MM-DD') AS day, n."declineReason", n.illustrative
       FROM "PartnerNeed" n JOIN "PartnerState" s ON s.code = n."stateCode" JOIN "KeyArea" k ON k.code = n."keyAreaCode"
       WHERE $1::text IS NULL OR n."stateCode" = $1 ORDER BY n.id`,
      [state ?? null],
    );
    const plans = await query<{ need: string; title: string }>(
      database.url,
      `SELECT x."A" AS need, p.title FROM "_NeedPlans" x JOIN "ProgramPlan" p ON p.id = x."B"
       WHERE $1::text IS NULL OR (p."sharedAt" IS NOT NULL AND p.status::text <> 'DRAFT'
         AND EXISTS (SELECT 1 FROM "_PlanSharedWith" w WHERE w."B" = p.id AND w."A" = $1))
       ORDER BY p.title`,
      [state ?? null],
    );
    const activities = await query<{ need: string; title: string }>(
      database.url,
      `SELECT x."B" AS need, a.title FROM "_NeedActivities" x JOIN "Activity" a ON a.id = x."A"
       WHERE $1::text IS NULL OR EXISTS (SELECT 1 FROM "ActivityParticipant" ap WHERE ap."activityId" = a.id AND ap."stateCode" = $1)
       ORDER BY a."startDate", a.id`,
      [state ?? null],
    );
    const of = (list: { need: string; title: string }[], id: string) =>
      list
        .filter((row) => row.need === id)
        .map((row) => row.title)
        .join("; ");
    return needs.map((n) =>
      [
        n.id,
        n.state,
        n.title,
        n.keyArea,
        `=priority.${n.priority}`,
        `=needStatus.${n.status}`,
        n.day,
        fiscalYearLabel(fiscalYearOf(new Date(`${n.day}T00:00:00Z`))),
        n.declineReason ?? "",
        of(plans, n.id),
        of(activities, n.id),
        n.illustrative ? "+yes" : "",
      ].map(neutralise),
    );
  }

  it("holds each need's cells as the tables do, in the reader's scope", async () => {
    const ph = await actorByEmail(database.url, "liaison.ph@example.org");
    for (const [actor, state] of [
      [planner, undefined],
      [ph, "PH"],
    ] as const) {
      const source = reports.openReport("needs", { ...context(), actor });
      const rows = parseCsv((await text(reports.reportCsv(source, [...source.columns]))).slice(1)).slice(1);
      const expected = await expectedNeeds(state);
      expect(expected.length).toBeGreaterThan(0);
      expect(rows).toEqual(expected);
      expect(await source.count()).toBe(expected.length);
    }
  });
});

describe("plans CSV from COPY", () => {
  // Each cell from the tables, assembled in JavaScript: an implementation apart from the report's SQL.
  async function expectedPlans(state: string | undefined, fyFrom: number, fyTo: number): Promise<string[][]> {
    const years = await query<{
      id: string;
      plan: string;
      program: string;
      status: string;
      revision: number;
      first: number;
      last: number;
      fy: number;
      illustrative: boolean;
      planId: string;
    }>(
      database.url,
      `SELECT y.id, p.id AS "planId", p.title AS plan, pr."nameEn" AS program, p.status::text AS status, p.revision, p."firstFiscalYear" AS first,
              p."lastFiscalYear" AS last, y."fiscalYear" AS fy, p.illustrative
       FROM "PlanYear" y JOIN "ProgramPlan" p ON p.id = y."planId" JOIN "Program" pr ON pr.id = p."programId"
       WHERE ($1::text IS NULL OR (p."sharedAt" IS NOT NULL AND p.status::text <> 'DRAFT'
              AND EXISTS (SELECT 1 FROM "_PlanSharedWith" w WHERE w."B" = p.id AND w."A" = $1)))
         AND p."lastFiscalYear" >= $2 AND p."firstFiscalYear" <= $3 AND y."fiscalYear" BETWEEN $2 AND $3
       ORDER BY y."planId", y."fiscalYear"`,
      [state ?? null, fyFrom, fyTo],
    );
    const objectives = await query<{ year: string; text: string }>(
      database.url,
      `SELECT "planYearId" AS year, text FROM "PlanObjective" ORDER BY position`,
    );
    const milestones = await query<{ year: string; title: string; due: string; status: string }>(
      database.url,
      `SELECT "planYearId" AS year, title, to_char("dueDate", 'YYYY-MM-DD') AS due, status::text AS status FROM "Milestone" ORDER BY "dueDate", id`,
    );
    const shared = await query<{ plan: string; name: string }>(
      database.url,
      `SELECT w."B" AS plan, s."nameEn" AS name FROM "_PlanSharedWith" w JOIN "PartnerState" s ON s.code = w."A" ORDER BY s.code`,
    );
    return years.map((y) =>
      [
        y.plan,
        y.program,
        neutralise(`=planStatus.${y.status}`),
        String(y.revision),
        `FY${y.first}–FY${y.last}`,
        `FY${y.fy}`,
        objectives
          .filter((o) => o.year === y.id)
          .map((o) => o.text)
          .join("; "),
        milestones
          .filter((m) => m.year === y.id)
          .map((m) => `${m.title} (${m.due}, =milestoneStatus.${m.status})`)
          .join("; "),
        shared
          .filter((w) => w.plan === y.planId)
          .map((w) => w.name)
          .join("; "),
        y.illustrative ? "+yes" : "",
      ].map(neutralise),
    );
  }

  it("holds each plan year's cells as the tables do, in the reader's scope", async () => {
    const ph = await actorByEmail(database.url, "liaison.ph@example.org");
    for (const [actor, state] of [
      [planner, undefined],
      [ph, "PH"],
    ] as const) {
      const source = reports.openReport("plans", { ...context(), actor, filters: { fyFrom: 2000, fyTo: 2100 } });
      const rows = parseCsv((await text(reports.reportCsv(source, [...source.columns]))).slice(1)).slice(1);
      const expected = await expectedPlans(state, 2000, 2100);
      expect(expected.length).toBeGreaterThan(0);
      expect(rows).toEqual(expected);
      expect(await source.count()).toBe(expected.length);
      // The batches (XLSX, PDF) hold the same, the revision as a number.
      const batched: unknown[][] = [];
      for await (const row of source.rows()) batched.push(row);
      expect(batched.map((row) => row.map(String))).toEqual(expected);
      expect(typeof batched[0]![3]).toBe("number");
    }
  });
  it("reads the plan years in batches past the first (keyset over plan and fiscal year) as COPY does", async () => {
    // More plan years than a batch: every plan gets every fiscal year of 2000-2100.
    await query(
      database.url,
      `INSERT INTO "PlanYear" (id, "planId", "fiscalYear")
       SELECT 'py-' || p.id || '-' || g, p.id, g FROM "ProgramPlan" p, generate_series(2000, 2100) g
       WHERE NOT EXISTS (SELECT 1 FROM "PlanYear" y WHERE y."planId" = p.id AND y."fiscalYear" = g)`,
    );
    const source = reports.openReport("plans", context());
    const count = await source.count();
    expect(count).toBeGreaterThan(BATCH_SIZE);
    const copied = parseCsv((await text(reports.reportCsv(source, [...source.columns]))).slice(1)).slice(1);
    const batched: string[][] = [];
    for await (const row of source.rows()) batched.push(row.map(String));
    expect(copied).toHaveLength(count);
    expect(batched).toEqual(copied);
  }, 60_000);
});

describe("activities CSV from COPY", () => {
  it("reads back as the cells csv.ts writes, neutralised the same (fuzzed texts, English and Japanese)", async () => {
    const seed = fuzzSeed();
    const texts = fc.sample(spreadsheetText, { seed, numRuns: 3 * FUZZED });
    await store(texts);
    for (const ja of [false, true]) {
      const { copied, written } = await bothFiles(ja);
      expect(copied.startsWith("\uFEFF"), `seed ${seed}`).toBe(true);
      expect(parseCsv(copied.slice(1)), `seed ${seed}, ja ${ja}`).toEqual(parseCsv(written.slice(1)));
    }
  }, 120_000);

  it("is byte for byte csv.ts's file where no cell is empty or has white space at either end", async () => {
    const seed = fuzzSeed();
    const texts = fc
      .sample(spreadsheetText, { seed, numRuns: 6 * FUZZED })
      .map((t) => t.replace(/\u0000/g, ""))
      .filter((t) => t !== "" && t.trim() === t);
    await store(texts);
    // The seeded records have empty cells (no host, no means...): compare the fuzzed rows only.
    const fuzzedLines = (file: string) => file.split("\r\nfuzz-").slice(1).join("\r\nfuzz-");
    const { copied, written } = await bothFiles(false);
    expect(fuzzedLines(copied).length).toBeGreaterThan(0);
    expect(fuzzedLines(copied), `seed ${seed}`).toBe(fuzzedLines(written));
  }, 120_000);

  it("ends with an error that names nothing internal when the database fails mid-file, and the pool lives on", async () => {
    const chunks: Buffer[] = [];
    // scope: a test query over no table.
    const failing = copy.copyCsv(planner, "no table", Prisma.sql`SELECT g, 1 / (g - 60000) FROM generate_series(1, 100000) g`);
    const error = await (async () => {
      for await (const chunk of failing) chunks.push(chunk);
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(copy.CopyFailedError);
    expect(String((error as Error).message)).not.toMatch(/division|zero|generate_series/);
    expect(Buffer.concat(chunks).length).toBeGreaterThan(0); // it failed mid-file, not before
    let rows = 0;
    // scope: a test query over no table.
    for await (const chunk of copy.copyCsv(planner, "no table", Prisma.sql`SELECT g FROM generate_series(1, 10) g`))
      rows += chunk.toString().split("\n").length - 1;
    expect(rows).toBe(10);
  });

  it("an abandoned COPY leaves no query running", async () => {
    // scope: a test query over no table.
    const endless = copy.copyCsv(
      planner,
      "no table",
      Prisma.sql`SELECT g, repeat('x', 200) FROM (SELECT generate_series(1, 50000000) AS g) s`,
    );
    await endless.next();
    await endless.next();
    await endless.return(undefined);
    const running = async () =>
      query<{ query: string }>(
        database.url,
        `SELECT query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
      );
    // return() resolves once the server has ended the COPY.
    expect(await running()).toEqual([]);
  });
});
