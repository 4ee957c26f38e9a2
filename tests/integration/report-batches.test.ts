// The activities report over several batches (read while the previous one is written): every activity
// once, in order, each cell equal to the database, in the reader's scope; a cancelled download leaves
// no query running. The demo seed holds fewer activities than a batch, so this file adds copies.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { BATCH_SIZE } from "@/lib/data/reports/types";
import { neutralise } from "@/lib/exports/neutralise";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";
import { parseCsv } from "./csv";

let database: TestDatabase;
let reports: typeof import("@/lib/data/reports/reads") & typeof import("@/lib/data/reports/writes");
let ph: Actor;
let planner: Actor;

const COPIES = 3 * BATCH_SIZE + 321; // a liaison officer too gets more than a batch

beforeAll(async () => {
  database = await seededDatabase("report_batches");
  reports = { ...(await import("@/lib/data/reports/reads")), ...(await import("@/lib/data/reports/writes")) };
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
  planner = await actorByEmail(database.url, "planner@example.org");
  // Copies of the seeded activities, with their participants, key areas and means.
  await query(
    database.url,
    `CREATE TABLE bulk_copy AS
       SELECT 'bulk-' || lpad(g::text, 5, '0') AS id, src.id AS source
       FROM generate_series(1, ${COPIES}) g
       JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n FROM "Activity") src ON src.i = g % src.n;
     INSERT INTO "Activity" (id, "programId", kind, title, "titleJa", description, "startDate", "endDate", "fiscalYear", location,
                             "hostStateCode", "frameworkCode", status, outcomes, illustrative, source, "updatedAt")
       SELECT c.id, a."programId", a.kind, a.title || ' (' || c.id || ')', a."titleJa", a.description, a."startDate", a."endDate",
              a."fiscalYear", a.location, a."hostStateCode", a."frameworkCode", a.status, a.outcomes, a.illustrative, a.source, now()
       FROM bulk_copy c JOIN "Activity" a ON a.id = c.source;
     INSERT INTO "ActivityParticipant" ("activityId", "stateCode", role, "participantCount")
       SELECT c.id, p."stateCode", p.role, p."participantCount" FROM bulk_copy c JOIN "ActivityParticipant" p ON p."activityId" = c.source;
     INSERT INTO "_ActivityToKeyArea" ("A", "B") SELECT c.id, x."B" FROM bulk_copy c JOIN "_ActivityToKeyArea" x ON x."A" = c.source;
     INSERT INTO "_ActivityToMeans" ("A", "B") SELECT c.id, x."B" FROM bulk_copy c JOIN "_ActivityToMeans" x ON x."A" = c.source;
     DROP TABLE bulk_copy;`,
  );
});

afterAll(() => closeDatabase(database));

const context = (actor: Actor, ja = false) => ({ actor, filters: {}, ja, enumLabel: (key: string) => `<${key}>`, yes: "yes" });

async function csvRows(actor: Actor, ja = false): Promise<string[][]> {
  const source = reports.openReport("activities", context(actor, ja));
  const text = Buffer.from(await new Response(reports.reportCsv(source, [...source.columns])).arrayBuffer()).toString("utf8");
  return parseCsv(text.slice(1)).slice(1);
}

// What each row must hold, straight from the tables: the report's columns in order.
async function expectedRows(ja: boolean, where = "TRUE"): Promise<string[][]> {
  const name = ja ? `"nameJa"` : `"nameEn"`;
  const heading = ja ? `"titleJa"` : `"titleEn"`;
  const rows = await query<{ cells: string[] }>(
    database.url,
    `SELECT ARRAY[
       a.id, 'FY' || a."fiscalYear", to_char(a."startDate", 'YYYY-MM-DD'), to_char(a."endDate", 'YYYY-MM-DD'),
       ${ja ? `COALESCE(a."titleJa", a.title)` : "a.title"}, '<activityKind.' || a.kind || '>', '<activityStatus.' || a.status || '>',
       p.${name}, COALESCE(h.${name}, ''), a.location,
       COALESCE((SELECT string_agg(k.${heading}, '; ' ORDER BY k."sortOrder") FROM "_ActivityToKeyArea" x JOIN "KeyArea" k ON k.code = x."B" WHERE x."A" = a.id), ''),
       COALESCE((SELECT string_agg(m.${heading}, '; ' ORDER BY m."sortOrder") FROM "_ActivityToMeans" x JOIN "Means" m ON m.code = x."B" WHERE x."A" = a.id), ''),
       COALESCE((SELECT string_agg(s.${name}, '; ' ORDER BY s.${name}) FROM "ActivityParticipant" ap JOIN "PartnerState" s ON s.code = ap."stateCode" WHERE ap."activityId" = a.id), ''),
       CASE WHEN a.illustrative THEN 'yes' ELSE '' END
     ] AS cells
     FROM "Activity" a JOIN "Program" p ON p.id = a."programId" LEFT JOIN "PartnerState" h ON h.code = a."hostStateCode"
     WHERE ${where}
     ORDER BY a.id`,
  );
  return rows.map((row) => row.cells.map(neutralise));
}

describe("activities report over several batches", () => {
  it("holds every activity once, in order, each cell equal to the database (English and Japanese)", async () => {
    const [{ n }] = (await query<{ n: string }>(database.url, `SELECT count(*) AS n FROM "Activity"`)) as [{ n: string }];
    expect(Number(n)).toBeGreaterThan(3 * BATCH_SIZE);
    for (const ja of [false, true]) {
      const rows = await csvRows(planner, ja);
      expect(rows).toHaveLength(Number(n));
      expect(rows).toEqual(await expectedRows(ja));
    }
  });

  it("gives a liaison officer their state's activities only, in every batch", async () => {
    const expected = await expectedRows(
      false,
      `EXISTS (SELECT 1 FROM "ActivityParticipant" x WHERE x."activityId" = a.id AND x."stateCode" = 'PH')`,
    );
    expect(expected.length).toBeGreaterThan(BATCH_SIZE);
    expect(await csvRows(ph)).toEqual(expected);
  });

  it("a cancelled download leaves no query running", async () => {
    const source = reports.openReport("activities", context(planner));
    const reader = reports.reportCsv(source, [...source.columns]).getReader();
    await reader.read(); // the header
    await reader.read(); // the first rows: the next batch is being read by now
    await reader.cancel();
    const running = await query<{ query: string }>(
      database.url,
      `SELECT query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
    );
    expect(running).toEqual([]);
  });
});
