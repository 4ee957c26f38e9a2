// The portal-wide search against the demo seed and a few records added here: two-character Japanese
// terms, English in any case and in descriptions and outcomes, every term required, ranking (title
// before text, then the most recent), highlighted segments, and a liaison officer's scope (never
// another state's activity, need, unshared plan or comment they may not read).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import type { SearchGroup, SearchResult } from "@/lib/data/search/reads";
import type { SearchKind } from "@/lib/search";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;
let reads: typeof import("@/lib/data/search/reads");
let planner: Actor;
let ph: Actor;
let vn: Actor;

// A made-up word the seed does not hold, so that every hit of it is one of the records below.
const WORD = "Qorvex";

async function activity(
  id: string,
  state: string,
  fields: { title: string; titleJa?: string; description?: string; outcomes?: string; start: string },
) {
  await query(
    database.url,
    `INSERT INTO "Activity" (id, "programId", kind, title, "titleJa", description, outcomes, "startDate", "endDate", "fiscalYear", "updatedAt")
     VALUES ($1, 'seed-program-srcp', 'TRAINING', $2, $3, $4, $5, $6::date, $6::date,
             extract(year FROM $6::date - interval '3 months')::int, now())`,
    [id, fields.title, fields.titleJa ?? null, fields.description ?? "", fields.outcomes ?? "", fields.start],
  );
  await query(database.url, `INSERT INTO "ActivityParticipant" ("activityId", "stateCode", role) VALUES ($1, $2, 'PARTICIPANT')`, [
    id,
    state,
  ]);
}

beforeAll(async () => {
  database = await seededDatabase("search");
  reads = await import("@/lib/data/search/reads");
  planner = await actorByEmail(database.url, "planner@example.org");
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
  vn = await actorByEmail(database.url, "liaison.vn@example.org");
  await activity("search-ph-title", "PH", {
    title: `Harbour pilotage workshop ${WORD}`,
    titleJa: "水先案内ワークショップ",
    description: "Includes night 蛟竜訓練 drills.",
    start: "2025-06-01",
  });
  await activity("search-ph-text", "PH", {
    title: "Harbour survey",
    description: `A later visit: the ${WORD.toLowerCase()} buoys were surveyed.`,
    outcomes: "Officers agreed on the QUASAR-7 protocols for the survey.",
    start: "2026-01-15",
  });
  await activity("search-ph-title-older", "PH", { title: `${WORD.toUpperCase()} ferry course`, start: "2024-05-01" });
  await activity("search-vn", "VN", { title: `${WORD} depot visit`, description: "蛟竜", start: "2025-07-01" });
  // A need of Viet Nam's, a plan shared with no one and a comment of Viet Nam's officer on a plan shared
  // with the Philippines: none of them the Philippines' officer's to read.
  await query(
    database.url,
    `INSERT INTO "PartnerNeed" (id, "stateCode", title, description, "keyAreaCode", "updatedAt")
     VALUES ('search-need-vn', 'VN', 'Depot instructors', $1, 'K1', now()),
            ('search-need-ph', 'PH', $2, 'Instructors for the pilots.', 'K1', now())`,
    [`Instructors for the ${WORD} depot.`, `${WORD} pilot training`],
  );
  const [author] = await query<{ id: string }>(database.url, `SELECT id FROM "User" WHERE email = 'planner@example.org'`);
  await query(
    database.url,
    `INSERT INTO "ProgramPlan" (id, "programId", title, "firstFiscalYear", "lastFiscalYear", summary, "authorId", "updatedAt")
     VALUES ('search-plan-draft', 'seed-program-srcp', 'Internal draft', 2026, 2027, $1, $2, now())`,
    [`Drafting the ${WORD} programme.`, author!.id],
  );
  const [shared] = await query<{ id: string }>(
    database.url,
    `SELECT p.id FROM "ProgramPlan" p JOIN "_PlanSharedWith" s ON s."B" = p.id AND s."A" = 'PH'
     WHERE p."sharedAt" IS NOT NULL AND p.status::text IN ('SHARED', 'IN_REVIEW', 'APPROVED', 'ARCHIVED') ORDER BY p.id LIMIT 1`,
  );
  await query(
    database.url,
    `INSERT INTO "PlanComment" (id, "planId", "authorId", body)
     SELECT 'search-comment-vn', $1, id, $2 FROM "User" WHERE email = 'liaison.vn@example.org'
     UNION ALL SELECT 'search-comment-jmod', $1, id, $3 FROM "User" WHERE email = 'planner@example.org'`,
    [shared!.id, `Viet Nam on the ${WORD} dates.`, `JMOD on the ${WORD} dates.`],
  );
}, 180_000);

afterAll(() => closeDatabase(database));

const group = (result: SearchResult, kind: SearchKind): SearchGroup | undefined => result.groups.find((g) => g.kind === kind);
const ids = (result: SearchResult, kind: SearchKind) => group(result, kind)?.hits.map((h) => h.id) ?? [];
const marked = (segments: { text: string; match?: true }[] | undefined) => (segments ?? []).filter((s) => s.match).map((s) => s.text);

describe("search", () => {
  it("finds a two-character Japanese term, in titles and in descriptions", async () => {
    const training = await reads.search(planner, { q: "訓練" }, "ja");
    const activities = group(training, "activities")!;
    expect(activities.total).toBeGreaterThan(0);
    for (const hit of activities.hits) expect(marked([...hit.title, ...(hit.alt ?? []), ...(hit.excerpt ?? [])])).toContain("訓練");
    const [count] = await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM "Activity" WHERE title || coalesce("titleJa", '') || description || outcomes || location LIKE '%訓練%'`,
    );
    expect(activities.total).toBe(Number(count!.n));

    const maritime = await reads.search(planner, { q: "海洋" }, "ja");
    expect(maritime.groups.reduce((n, g) => n + g.total, 0)).toBeGreaterThan(0);

    const rare = await reads.search(planner, { q: "蛟竜" }, "en");
    expect(ids(rare, "activities").sort()).toEqual(["search-ph-title", "search-vn"]);
    expect(marked(group(rare, "activities")!.hits.find((h) => h.id === "search-ph-title")!.excerpt)).toEqual(["蛟竜"]);
  });

  it("matches English in any case, in descriptions and outcomes, and needs every term", async () => {
    const outcome = await reads.search(planner, { q: "quasar-7" }, "en");
    expect(ids(outcome, "activities")).toEqual(["search-ph-text"]);
    expect(marked(group(outcome, "activities")!.hits[0]!.excerpt)).toEqual(["QUASAR-7"]);

    const both = await reads.search(planner, { q: `${WORD.toLowerCase()} 蛟竜` }, "en");
    expect(ids(both, "activities").sort()).toEqual(["search-ph-title", "search-vn"]);
    const none = await reads.search(planner, { q: `${WORD} nonexistentword` }, "en");
    expect(none.groups.every((g) => g.total === 0)).toBe(true);
  });

  it("ranks a title match before a text match, then the most recent first", async () => {
    const result = await reads.search(ph, { q: WORD }, "en");
    // Both title matches (2025, then 2024) before the text match, although it is the most recent (2026).
    expect(ids(result, "activities")).toEqual(["search-ph-title", "search-ph-title-older", "search-ph-text"]);
    const first = group(result, "activities")!.hits[0]!;
    expect(first.title).toEqual([{ text: "Harbour pilotage workshop " }, { text: WORD, match: true }]);
    expect(first.href).toBe("/activities/search-ph-title");
  });

  it("keeps a liaison officer within their state", async () => {
    const asPh = await reads.search(ph, { q: WORD }, "en");
    expect(ids(asPh, "activities")).not.toContain("search-vn");
    expect(ids(asPh, "needs")).toEqual(["search-need-ph"]);
    expect(ids(asPh, "plans")).not.toContain("search-plan-draft");
    expect(ids(asPh, "comments")).toEqual(["search-comment-jmod"]);

    const asVn = await reads.search(vn, { q: WORD }, "en");
    expect(ids(asVn, "activities")).toEqual(["search-vn"]);
    expect(ids(asVn, "needs")).toEqual(["search-need-vn"]);

    const asPlanner = await reads.search(planner, { q: WORD }, "en");
    expect(group(asPlanner, "activities")!.total).toBe(4);
    expect(ids(asPlanner, "needs").sort()).toEqual(["search-need-ph", "search-need-vn"]);
    expect(ids(asPlanner, "plans")).toContain("search-plan-draft");
    expect(ids(asPlanner, "comments").sort()).toEqual(["search-comment-jmod", "search-comment-vn"]);

    // Every program a liaison officer finds is one their program list shows.
    const { listPrograms } = await import("@/lib/data/programs/reads");
    const visible = new Set((await listPrograms(ph)).map((p) => p.id));
    const programs = await reads.search(ph, { q: "program" }, "en");
    expect(group(programs, "programs")!.hits.length).toBeGreaterThan(0);
    for (const id of ids(programs, "programs")) expect(visible).toContain(id);
    const all = await reads.search(planner, { q: "program", kind: "programs" }, "en");
    expect(group(all, "programs")!.total).toBeGreaterThan(group(programs, "programs")!.total);
  });

  it("leaves out one-character terms, and takes %, _ and \\ literally", async () => {
    const short = await reads.search(planner, { q: "q" }, "en");
    expect(short).toEqual({ terms: [], tooShort: true, groups: [] });
    const mixed = await reads.search(planner, { q: `${WORD} x` }, "en");
    expect(mixed.tooShort).toBe(true);
    expect(group(mixed, "activities")!.total).toBe(4);
    const wildcard = await reads.search(planner, { q: "q%x" }, "en");
    expect(wildcard.groups.every((g) => g.total === 0)).toBe(true);
  });

  it("shows more of one kind on its own", async () => {
    const one = await reads.search(planner, { q: "訓練", kind: "activities" }, "en");
    expect(one.groups.map((g) => g.kind)).toEqual(["activities"]);
    expect(one.groups[0]!.hits.length).toBe(Math.min(50, one.groups[0]!.total));
  });
});
