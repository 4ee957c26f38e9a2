// The plan list's filters (program, partner state, status, fiscal year, author) and their choices:
// each filter and their combinations give exactly the plans a reference query finds, and a liaison
// officer's results and choices stay within the plans shared with their state.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;
let planner: Actor;
let ph: Actor;
let data: typeof import("@/lib/data/plans/reads");

type Filters = { program?: string; state?: string; status?: string; fy?: number; author?: string };

// The officer's scope, as the policy says it: shared with PH and not back in draft.
const PH_SCOPE = `p."sharedAt" IS NOT NULL AND p.status <> 'DRAFT'
  AND EXISTS (SELECT 1 FROM "_PlanSharedWith" w WHERE w."B" = p.id AND w."A" = 'PH')`;

/** The ids a reference query finds, newest span first (the list's order). */
async function expected(scope: string, f: Filters): Promise<string[]> {
  const and = [scope];
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (f.program) and.push(`p."programId" = ${bind(f.program)}`);
  if (f.state) {
    const s = bind(f.state);
    and.push(`(EXISTS (SELECT 1 FROM "_PlanSharedWith" w WHERE w."B" = p.id AND w."A" = ${s})
      OR (SELECT g."partnerStateCode" FROM "Program" g WHERE g.id = p."programId") = ${s}
      OR EXISTS (SELECT 1 FROM "_ProgramPartnerStates" x WHERE x."B" = p."programId" AND x."A" = ${s}))`);
  }
  if (f.status) and.push(`p.status::text = ${bind(f.status)}`);
  if (f.fy !== undefined) and.push(`${bind(f.fy)}::int BETWEEN p."firstFiscalYear" AND p."lastFiscalYear"`);
  if (f.author) and.push(`p."authorId" = ${bind(f.author)}`);
  const rows = await query<{ id: string }>(
    database.url,
    `SELECT p.id FROM "ProgramPlan" p WHERE ${and.join(" AND ")} ORDER BY p."firstFiscalYear" DESC, p.id ASC`,
    params,
  );
  return rows.map((r) => r.id);
}

/** Every id the list gives over all its pages, and its total. */
async function listed(actor: Actor, f: Filters): Promise<{ ids: string[]; total: number }> {
  const first = await data.listPlans(actor, f, 1);
  const ids = first.rows.map((r) => r.id);
  for (let page = 2; page <= first.pageCount; page++) ids.push(...(await data.listPlans(actor, f, page)).rows.map((r) => r.id));
  return { ids, total: first.total };
}

async function expectSame(actor: Actor, scope: string, f: Filters) {
  const want = await expected(scope, f);
  const got = await listed(actor, f);
  expect(got.ids, JSON.stringify(f)).toEqual(want);
  expect(got.total).toBe(want.length);
  return want;
}

let hiddenAuthor: string;
let phProgram: string;
let multiProgram: string;

beforeAll(async () => {
  database = await seededDatabase("plan_filters");
  data = await import("@/lib/data/plans/reads");
  planner = await actorByEmail(database.url, "planner@example.org");
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
  // A planner who only wrote a draft (never shared): the officer must not learn their name.
  hiddenAuthor = "test-hidden-author";
  await query(
    database.url,
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     VALUES ($1, 'hidden.author@example.org', 'Hidden Author Name', 'x', 'PLANNER', now())`,
    [hiddenAuthor],
  );
  phProgram = (
    await query<{ id: string }>(database.url, `SELECT id FROM "Program" WHERE "partnerStateCode" = 'PH' ORDER BY id LIMIT 1`)
  )[0]!.id;
  multiProgram = (
    await query<{ id: string }>(
      database.url,
      `SELECT p."programId" AS id FROM "ProgramPlan" p JOIN "_PlanSharedWith" w ON w."B" = p.id AND w."A" = 'PH'
       JOIN "Program" g ON g.id = p."programId" WHERE g.kind = 'MULTILATERAL' ORDER BY p.id LIMIT 1`,
    )
  )[0]!.id;
  // Drafts by the hidden author in a PH program and in a program shared with PH: neither in the officer's scope.
  await query(
    database.url,
    `INSERT INTO "ProgramPlan" (id, "programId", title, "firstFiscalYear", "lastFiscalYear", status, "authorId", "updatedAt")
     VALUES ('test-hidden-draft', $1, 'Hidden draft', 2031, 2033, 'DRAFT', $3, now()),
            ('test-hidden-draft-2', $2, 'Hidden draft two', 2040, 2041, 'DRAFT', $3, now())`,
    [phProgram, multiProgram, hiddenAuthor],
  );
});

afterAll(() => closeDatabase(database));

describe("each filter", () => {
  it("gives exactly the plans of a reference query, for a planner and for a liaison officer", async () => {
    const authors = (await query<{ id: string }>(database.url, `SELECT DISTINCT "authorId" AS id FROM "ProgramPlan" ORDER BY 1`)).map(
      (r) => r.id,
    );
    const programs = (await query<{ id: string }>(database.url, `SELECT DISTINCT "programId" AS id FROM "ProgramPlan" ORDER BY 1`)).map(
      (r) => r.id,
    );
    const cases: Filters[] = [
      {},
      ...programs.map((program) => ({ program })),
      ...["PH", "VN", "TH", "JP"].map((state) => ({ state })),
      ...["DRAFT", "SHARED", "IN_REVIEW", "APPROVED", "ARCHIVED"].map((status) => ({ status })),
      ...[2020, 2024, 2026, 2027, 2031, 2040].map((fy) => ({ fy })),
      ...authors.map((author) => ({ author })),
    ];
    let nonEmpty = 0;
    for (const f of cases) {
      const all = await expectSame(planner, "TRUE", f);
      const officers = await expectSame(ph, PH_SCOPE, f);
      // The officer's results are always within what a planner sees with the same filter.
      expect(all).toEqual(expect.arrayContaining(officers));
      if (officers.length && officers.length < all.length) nonEmpty++;
    }
    // The filters narrow: some cases are non-empty and smaller than the planner's list for the officer.
    expect(nonEmpty).toBeGreaterThan(3);
  });

  it("finds a plan by each of its own values", async () => {
    const hidden = { program: phProgram, status: "DRAFT", fy: 2032, author: hiddenAuthor, state: "PH" };
    for (const [key, value] of Object.entries(hidden)) expect((await listed(planner, { [key]: value })).ids).toContain("test-hidden-draft");
    expect((await listed(planner, hidden)).ids).toEqual(["test-hidden-draft"]);
  });
});

describe("combinations", () => {
  it("narrow to the plans matching every filter", async () => {
    const combos: Filters[] = [
      { state: "PH", status: "SHARED" },
      { state: "PH", fy: 2026 },
      { program: multiProgram, fy: 2026, status: "SHARED" },
      { program: phProgram, author: hiddenAuthor },
      { program: phProgram, author: hiddenAuthor, fy: 2030 },
      { state: "VN", status: "APPROVED", fy: 2025 },
    ];
    for (const f of combos) {
      await expectSame(planner, "TRUE", f);
      await expectSame(ph, PH_SCOPE, f);
    }
    expect((await listed(planner, { program: phProgram, author: hiddenAuthor, fy: 2030 })).ids).toEqual([]);
  });
});

describe("a liaison officer", () => {
  it("never gets a plan not shared with their state, whatever the filters say", async () => {
    for (const f of [
      { author: hiddenAuthor },
      { status: "DRAFT" },
      { program: phProgram, fy: 2032 },
      { fy: 2040 },
      { state: "VN" },
    ] as Filters[]) {
      const { ids } = await listed(ph, f);
      expect(ids).not.toContain("test-hidden-draft");
      expect(ids).not.toContain("test-hidden-draft-2");
      const outside = await query<{ id: string }>(
        database.url,
        `SELECT p.id FROM "ProgramPlan" p WHERE p.id = ANY($1::text[]) AND NOT (${PH_SCOPE})`,
        [ids],
      );
      expect(outside).toEqual([]);
    }
    expect((await listed(ph, { status: "DRAFT" })).total).toBe(0);
  });

  it("is offered only the authors, years and programs of plans shared with their state", async () => {
    const planners = await data.getPlanFilterOptions(planner, phProgram);
    const officers = await data.getPlanFilterOptions(ph, "test-nonexistent");
    expect(planners.authors.map((a) => a.name)).toContain("Hidden Author Name");
    expect(officers.authors.map((a) => a.name)).not.toContain("Hidden Author Name");
    const scopedAuthors = await query<{ id: string }>(
      database.url,
      `SELECT DISTINCT p."authorId" AS id FROM "ProgramPlan" p WHERE ${PH_SCOPE} ORDER BY 1`,
    );
    expect(officers.authors.map((a) => a.id).sort()).toEqual(scopedAuthors.map((a) => a.id).sort());
    // The planner's years reach the hidden drafts (to FY2041); the officer's stop at the shared plans (or this year).
    expect(planners.fiscalYears).toContain(2041);
    expect(officers.fiscalYears).not.toContain(2041);
    expect(planners.programs.map((p) => p.id)).toEqual([phProgram]);
    // A program chosen in the URL is named only if a plan of it is in the officer's scope.
    const sharedProgram = (await data.getPlanFilterOptions(ph, multiProgram)).programs.map((p) => p.id);
    expect(sharedProgram).toEqual([multiProgram]);
    expect(officers.programs).toEqual([]);
    const draftOnly = await query<{ id: string }>(
      database.url,
      `SELECT g.id FROM "Program" g WHERE NOT EXISTS (SELECT 1 FROM "ProgramPlan" p WHERE p."programId" = g.id AND ${PH_SCOPE}) ORDER BY g.id LIMIT 1`,
    );
    expect((await data.getPlanFilterOptions(ph, draftOnly[0]!.id)).programs).toEqual([]);
  });
});
