// Report exports on the audit trail, against real PostgreSQL: each recorded export is one
// `report.export` event; past the per-user limit nothing is written and the answer says how long to
// wait; other users are not affected; simultaneous exports of one user (on any instance) are counted
// one after the other. And filters read from a hostile query string reach neither a query nor the
// audit event with a character PostgreSQL cannot store.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;
let reports: typeof import("@/lib/data/reports/reads") & typeof import("@/lib/data/reports/writes");
let limits: typeof import("@/lib/security/export-limit");
let filters: typeof import("@/lib/validation/report-filters");
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  database = await seededDatabase("report_exports");
  reports = { ...(await import("@/lib/data/reports/reads")), ...(await import("@/lib/data/reports/writes")) };
  limits = await import("@/lib/security/export-limit");
  filters = await import("@/lib/validation/report-filters");
  for (const email of [
    "planner@example.org",
    "planner2@example.org",
    "admin@example.org",
    "liaison.ph@example.org",
    "liaison.vn@example.org",
  ]) {
    actors[email] = await actorByEmail(database.url, email);
  }
});

afterAll(() => closeDatabase(database));

const exportsOf = async (actor: Actor) =>
  Number(
    (
      await query<{ n: string }>(database.url, `SELECT count(*) AS n FROM "AuditEvent" WHERE "actorId" = $1 AND action = 'report.export'`, [
        actor.id,
      ])
    )[0]!.n,
  );

const csvExport = (actor: Actor, limit = limits.exportLimit({})) =>
  reports.recordExport(actor, { report: "activities", format: "csv", rows: 3, details: { filters: { fyFrom: 2025 } } }, limit);

describe("the export limit", () => {
  it("records 30 exports in 10 minutes, then refuses the next without writing, saying how long to wait", async () => {
    const planner = actors["planner@example.org"]!;
    expect(await reports.exportWaitSeconds(planner, limits.exportLimit({}))).toBe(0);
    for (let i = 0; i < 30; i++) expect(await csvExport(planner)).toEqual({ recorded: true });
    expect(await exportsOf(planner)).toBe(30);

    const refused = await csvExport(planner);
    expect(refused.recorded).toBe(false);
    const wait = refused.recorded ? 0 : refused.retryAfterSeconds;
    // The first of the 30 was recorded moments ago: it leaves the window in a little under 10 minutes.
    expect(wait).toBeGreaterThan(540);
    expect(wait).toBeLessThanOrEqual(600);
    expect(await exportsOf(planner)).toBe(30);
    // The read-only check (HEAD, and before an export's work) says the same.
    expect(Math.abs((await reports.exportWaitSeconds(planner, limits.exportLimit({}))) - wait)).toBeLessThanOrEqual(1);

    // Another user, a liaison officer included, is not affected.
    const other = actors["liaison.vn@example.org"]!;
    expect(await reports.exportWaitSeconds(other, limits.exportLimit({}))).toBe(0);
    expect(await csvExport(other)).toEqual({ recorded: true });
    expect(await exportsOf(other)).toBe(1);
  });

  it("counts one user's simultaneous exports one after the other: exactly the limit are recorded", async () => {
    const admin = actors["admin@example.org"]!;
    const limit = { max: 5, windowMs: limits.EXPORT_WINDOW_MS };
    const results = await Promise.all(Array.from({ length: 12 }, () => csvExport(admin, limit)));
    expect(results.filter((r) => r.recorded)).toHaveLength(5);
    expect(await exportsOf(admin)).toBe(5);
  });

  it("reads the limit from REPORT_EXPORT_LIMIT", async () => {
    const planner2 = actors["planner2@example.org"]!;
    const limit = limits.exportLimit({ REPORT_EXPORT_LIMIT: "2" });
    expect(await csvExport(planner2, limit)).toEqual({ recorded: true });
    expect(await csvExport(planner2, limit)).toEqual({ recorded: true });
    expect((await csvExport(planner2, limit)).recorded).toBe(false);
    expect(await exportsOf(planner2)).toBe(2);
  });
});

describe("a hostile query string", () => {
  const hostile = new URLSearchParams("q=ship%00&fyFrom=2020&fyTo=2025%00&state=PH&program=%00&keyArea=K1%00&means=M1&status=PLANNED%00");

  it.each(["activities", "plans", "needs", "coverage"] as const)(
    "reaches neither the %s report's query nor its audit event",
    async (kind) => {
      const ph = actors["liaison.ph@example.org"]!;
      const parsed = filters.parseReportFilters(kind, hostile);
      expect(parsed).toEqual({ fyFrom: 2020, state: "PH", means: "M1" });
      const source = reports.openReport(kind, { actor: ph, filters: parsed, ja: false, enumLabel: (key) => key, yes: "yes" });
      const rows = await source.count();
      expect(
        await reports.recordExport(ph, { report: kind, format: "csv", rows, details: { filters: parsed } }, limits.exportLimit({})),
      ).toEqual({ recorded: true });
      const [event] = await query<{ after: { filters: Record<string, unknown>; rows: number } }>(
        database.url,
        `SELECT after FROM "AuditEvent" WHERE "actorId" = $1 AND action = 'report.export' AND "entityId" = $2 ORDER BY id DESC LIMIT 1`,
        [ph.id, kind],
      );
      expect(event!.after.rows).toBe(rows);
      expect(event!.after.filters).toEqual({ fyFrom: 2020, state: "PH", means: "M1" });
    },
  );

  it("would fail in PostgreSQL unread: what the reader keeps out", async () => {
    const ph = actors["liaison.ph@example.org"]!;
    const before = await exportsOf(ph);
    await expect(
      reports.recordExport(ph, { report: "activities", format: "csv", details: { filters: { q: "ship\u0000" } } }),
    ).rejects.toThrow();
    expect(await exportsOf(ph)).toBe(before);
  });
});
