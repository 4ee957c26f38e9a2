// Reports as files: each format holds exactly the rows of the database for a filter, in the reader's
// scope, with formula-looking text made inert. The files are produced by the same sources and
// writers as GET /api/reports/<report> and read back with real parsers (ExcelJS, PDF text).
import ExcelJS from "exceljs";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import type { ReportFilters, ReportKind } from "@/lib/validation/report-filters";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";
import { parseCsv } from "./csv";

let database: TestDatabase;
let reports: typeof import("@/lib/data/reports/reads") & typeof import("@/lib/data/reports/writes");
let writers: {
  xlsx: typeof import("@/lib/exports/xlsx");
  pdf: typeof import("@/lib/exports/report-pdf");
};
let ph: Actor;
let planner: Actor;

beforeAll(async () => {
  database = await seededDatabase("reports");
  reports = { ...(await import("@/lib/data/reports/reads")), ...(await import("@/lib/data/reports/writes")) };
  writers = {
    xlsx: await import("@/lib/exports/xlsx"),
    pdf: await import("@/lib/exports/report-pdf"),
  };
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
  planner = await actorByEmail(database.url, "planner@example.org");
});

afterAll(() => closeDatabase(database));

const context = (actor: Actor, filters: ReportFilters = {}, ja = false) => ({
  actor,
  filters,
  ja,
  enumLabel: (key: string) => key,
  yes: "yes",
});

function open(kind: ReportKind, actor: Actor, filters: ReportFilters = {}, ja = false) {
  return reports.openReport(kind, context(actor, filters, ja));
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

async function csvOf(kind: ReportKind, actor: Actor, filters: ReportFilters = {}): Promise<string[][]> {
  const source = open(kind, actor, filters);
  // The route's CSV: PostgreSQL's COPY for the reports that have one.
  const text = (await bytesOf(reports.reportCsv(source, [...source.columns]))).toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return parseCsv(text.slice(1));
}

async function xlsxOf(kind: ReportKind, actor: Actor, filters: ReportFilters = {}): Promise<ExcelJS.Worksheet> {
  const source = open(kind, actor, filters);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await bytesOf(writers.xlsx.xlsxStream("Report", [...source.columns], source.rows()))) as never);
  return workbook.worksheets[0]!;
}

const sheetRows = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(1)
    .map((row) => (row as ExcelJS.CellValue[]).slice(1).map((v) => (v === undefined || v === null ? "" : String(v))));

const ids = async (sql: string) => (await query<{ id: string }>(database.url, sql)).map((row) => row.id).sort();

describe("activities report", () => {
  const filters = { fyFrom: 2019, fyTo: 2022, keyArea: "K2" };
  const expectedSql = `SELECT a.id FROM "Activity" a WHERE a."fiscalYear" BETWEEN 2019 AND 2022
    AND EXISTS (SELECT 1 FROM "_ActivityToKeyArea" k WHERE k."A" = a.id AND k."B" = 'K2')`;

  it("CSV rows equal the database for a filter, with names and ISO dates", async () => {
    const [header, ...rows] = await csvOf("activities", planner, filters);
    expect(header).toEqual([...open("activities", planner).columns]);
    expect(rows.map((row) => row[0]).sort()).toEqual(await ids(expectedSql));
    const [sample] = await query<{ id: string; title: string; startDate: string; program: string; fiscalYear: number }>(
      database.url,
      `SELECT a.id, a.title, to_char(a."startDate", 'YYYY-MM-DD') AS "startDate", p."nameEn" AS program, a."fiscalYear"
       FROM "Activity" a JOIN "Program" p ON p.id = a."programId" WHERE a.id = $1`,
      [rows[0]![0]],
    );
    expect(rows[0]!.slice(0, 5)).toEqual([
      sample!.id,
      `FY${sample!.fiscalYear}`,
      sample!.startDate,
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      sample!.title,
    ]);
    expect(rows[0]![7]).toBe(sample!.program);
  });

  it("XLSX opens with ExcelJS with the headers and the same rows", async () => {
    const sheet = await xlsxOf("activities", planner, filters);
    const [header, ...rows] = sheetRows(sheet);
    expect(header).toEqual([...open("activities", planner).columns]);
    expect(rows.map((row) => row[0]).sort()).toEqual(await ids(expectedSql));
  });

  it("the PDF holds the title and the rows", async () => {
    const source = open("activities", planner, filters);
    const count = await source.count();
    const pdf = await bytesOf(
      writers.pdf.pdfReportStream({
        kind: "activities",
        title: "Activities report",
        columns: source.columns,
        header: [...source.columns],
        rows: source.rows(),
        count,
        t: (key, values) => `${key} ${JSON.stringify(values ?? {})}`,
      }),
    );
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    expect(text).toContain("Activities report");
    const [first] = await query<{ title: string }>(
      database.url,
      `${expectedSql.replace("SELECT a.id", "SELECT a.title")} ORDER BY a.id LIMIT 1`,
    );
    expect(text.replace(/\s+/g, " ")).toContain(first!.title.split(" ").slice(0, 3).join(" "));
  });

  it("gives a liaison officer their state's activities only, in every format", async () => {
    const expected = await ids(`SELECT DISTINCT "activityId" AS id FROM "ActivityParticipant" WHERE "stateCode" = 'PH'`);
    const vnBilateral = await ids(
      `SELECT a.id FROM "Activity" a JOIN "Program" p ON p.id = a."programId" WHERE p.kind = 'BILATERAL' AND p."partnerStateCode" = 'VN'`,
    );
    expect(vnBilateral.length).toBeGreaterThan(0);
    const csv = (await csvOf("activities", ph)).slice(1).map((row) => row[0]!);
    const xlsx = sheetRows(await xlsxOf("activities", ph))
      .slice(1)
      .map((row) => row[0]!);
    for (const got of [csv, xlsx]) {
      expect(got.sort()).toEqual(expected);
      expect(got.filter((id) => vnBilateral.includes(id))).toEqual([]);
    }
    // Even when the officer asks for another state's records by filter.
    expect(
      (await csvOf("activities", ph, { state: "VN" }))
        .slice(1)
        .map((row) => row[0])
        .filter((id) => vnBilateral.includes(id!)),
    ).toEqual([]);
  });

  it("makes formula-looking text inert in CSV and XLSX", async () => {
    const attacks = ['=HYPERLINK("http://evil","x")', "+1+1", "-2", "@SUM(A1)", "\tcalc", "\rcmd"];
    const targets = await query<{ id: string }>(
      database.url,
      `SELECT id FROM "Activity" WHERE "fiscalYear" = 2020 ORDER BY id LIMIT ${attacks.length}`,
    );
    expect(targets).toHaveLength(attacks.length);
    for (const [index, { id }] of targets.entries()) {
      await query(database.url, `UPDATE "Activity" SET title = $1, location = $2 WHERE id = $3`, [attacks[index], `a,"b"\nc`, id]);
    }
    const csv = (await csvOf("activities", planner, { fyFrom: 2020, fyTo: 2020 })).slice(1);
    const xlsx = sheetRows(await xlsxOf("activities", planner, { fyFrom: 2020, fyTo: 2020 })).slice(1);
    for (const rows of [csv, xlsx]) {
      for (const [index, { id }] of targets.entries()) {
        const row = rows.find((r) => r[0] === id)!;
        // XML reads a bare carriage return as a line feed (XLSX); the apostrophe is what matters.
        expect(row[4]!.replace(/\r/g, "\n")).toBe(`'${attacks[index]}`.replace(/\r/g, "\n"));
        expect(row[9]).toBe(`a,"b"\nc`); // separators, quotes and line breaks survive as text
      }
    }
  });
});

describe("Excel's sheet limit", () => {
  it("holds 1,048,575 rows under the header, not one more", () => {
    expect(writers.xlsx.EXCEL_MAX_ROWS).toBe(1_048_576);
    expect(writers.xlsx.exceedsExcelRows(1_048_575)).toBe(false);
    expect(writers.xlsx.exceedsExcelRows(1_048_576)).toBe(true);
  });
});

describe("plans, needs and coverage reports", () => {
  it("plans: one row per plan year in range, equal to the database", async () => {
    const [header, ...rows] = await csvOf("plans", planner, { fyFrom: 2024, fyTo: 2025 });
    expect(header).toContain("objectives");
    const [{ n }] = (await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM "PlanYear" WHERE "fiscalYear" BETWEEN 2024 AND 2025`,
    )) as [{ n: string }];
    expect(rows).toHaveLength(Number(n));
    const sheet = sheetRows(await xlsxOf("plans", planner, { fyFrom: 2024, fyTo: 2025 }));
    expect(sheet.slice(1)).toHaveLength(Number(n));
  });

  it("plans: a liaison officer gets only plans shared with their state", async () => {
    const rows = (await csvOf("plans", ph)).slice(1);
    const [{ n }] = (await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM "PlanYear" y JOIN "ProgramPlan" p ON p.id = y."planId"
       WHERE p."sharedAt" IS NOT NULL AND EXISTS (SELECT 1 FROM "_PlanSharedWith" s WHERE s."B" = p.id AND s."A" = 'PH')`,
    )) as [{ n: string }];
    expect(rows).toHaveLength(Number(n));
  });

  it("needs: rows equal the database by status, and an officer sees only their own state's", async () => {
    const rows = (await csvOf("needs", planner, { status: "ADDRESSED" })).slice(1);
    expect(rows.map((row) => row[0]).sort()).toEqual(await ids(`SELECT id FROM "PartnerNeed" WHERE status = 'ADDRESSED'`));
    const own = (await csvOf("needs", ph)).slice(1);
    expect(own.map((row) => row[0]).sort()).toEqual(await ids(`SELECT id FROM "PartnerNeed" WHERE "stateCode" = 'PH'`));
  });

  it("needs: an officer's program filter counts only answers the officer may see", async () => {
    // Link a PH need to a plan of the PH program that is not shared with PH: the filter must not find it.
    const [need] = await query<{ id: string }>(database.url, `SELECT id FROM "PartnerNeed" WHERE "stateCode" = 'PH' ORDER BY id LIMIT 1`);
    const [plan] = await query<{ id: string; programId: string }>(
      database.url,
      `SELECT p.id, p."programId" FROM "ProgramPlan" p WHERE NOT EXISTS (SELECT 1 FROM "_PlanSharedWith" s WHERE s."B" = p.id AND s."A" = 'PH')
       AND NOT EXISTS (SELECT 1 FROM "_NeedPlans" n JOIN "PartnerNeed" d ON d.id = n."A" WHERE n."B" = p.id AND d."stateCode" = 'PH')
       AND NOT EXISTS (SELECT 1 FROM "Activity" a JOIN "ActivityParticipant" ap ON ap."activityId" = a.id WHERE a."programId" = p."programId" AND ap."stateCode" = 'PH')
       ORDER BY p.id LIMIT 1`,
    );
    await query(database.url, `INSERT INTO "_NeedPlans" ("A", "B") VALUES ($1, $2)`, [need!.id, plan!.id]);
    expect((await csvOf("needs", ph, { program: plan!.programId })).slice(1)).toEqual([]);
    expect((await csvOf("needs", planner, { program: plan!.programId })).slice(1).map((row) => row[0])).toContain(need!.id);
  });

  it("coverage: counts per fiscal year, state and key area equal the database", async () => {
    const rows = (await csvOf("coverage", planner, { fyFrom: 2023, fyTo: 2023 })).slice(1);
    const expected = await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM "Activity" a JOIN "ActivityParticipant" p ON p."activityId" = a.id
       JOIN "_ActivityToKeyArea" k ON k."A" = a.id WHERE a."fiscalYear" = 2023`,
    );
    expect(rows.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(Number(expected[0]!.n));
    const own = (await csvOf("coverage", ph, { fyFrom: 2023, fyTo: 2023 })).slice(1);
    expect(new Set(own.map((row) => row[1]))).toEqual(new Set(["Philippines"]));
  });
});
