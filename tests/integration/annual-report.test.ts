// The annual report PDF from the demo seed: what a planner prints for a fiscal year, in English and in
// Japanese, with figures that match the database; and the streamed table PDF of the other reports.
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, rejection, seededDatabase } from "./helpers";

const FY = 2025;

let database: TestDatabase;
let data: typeof import("@/lib/data/reports/annual-report");
let pdf: typeof import("@/lib/pdf/annual-report");
let planner: Actor;
let liaison: Actor;
let english: Buffer;
let japanese: Buffer;

beforeAll(async () => {
  database = await seededDatabase("annual_report");
  data = await import("@/lib/data/reports/annual-report");
  pdf = await import("@/lib/pdf/annual-report");
  planner = await actorByEmail(database.url, "planner@example.org");
  liaison = await actorByEmail(database.url, "liaison.ph@example.org");
  english = await pdf.renderAnnualReport(await data.annualReport(planner, FY, "en"));
  japanese = await pdf.renderAnnualReport(await data.annualReport(planner, FY, "ja"));
});

afterAll(() => closeDatabase(database));

// Text extraction breaks lines where the layout wrapped them (even inside a Japanese word): compare
// without whitespace.
const compact = (text: string) => text.replace(/\s+/g, "");

// pdf.js may take over the buffer it is given: hand it a copy.
async function textOf(file: Uint8Array): Promise<string> {
  return compact((await extractText(new Uint8Array(file), { mergePages: true })).text);
}

async function pagesOf(file: Uint8Array): Promise<string[]> {
  return (await extractText(new Uint8Array(file), { mergePages: false })).text.map(compact);
}

interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

async function outlineOf(file: Uint8Array): Promise<OutlineItem[]> {
  const document = await getDocumentProxy(new Uint8Array(file));
  try {
    return ((await document.getOutline()) ?? []) as OutlineItem[];
  } finally {
    await document.cleanup();
  }
}

const number = async (sql: string) => Number((await query<{ n: string | null }>(database.url, sql, [FY]))[0]?.n ?? 0);

/** The programs with activities in the year, by the SQL of the data, not the code under test. */
const programNames = async (column: "nameEn" | "nameJa") =>
  (
    await query<{ name: string }>(
      database.url,
      `SELECT DISTINCT p."${column}" AS name FROM "Activity" a JOIN "Program" p ON p.id = a."programId" WHERE a."fiscalYear" = $1`,
      [FY],
    )
  )
    .map((row) => row.name)
    .sort();

// Addressed needs answered by a (not cancelled) activity of the year, or answered by plans alone and
// last updated in the year (Japan time): the rule written down in lib/data/reports/annual-report.ts.
const ADDRESSED_NEEDS = `
  SELECT n.id, n.title FROM "PartnerNeed" n
  WHERE n.status = 'ADDRESSED' AND (
    EXISTS (SELECT 1 FROM "_NeedActivities" na JOIN "Activity" a ON a.id = na."A"
            WHERE na."B" = n.id AND a."fiscalYear" = $1 AND a.status <> 'CANCELLED')
    OR (NOT EXISTS (SELECT 1 FROM "_NeedActivities" na WHERE na."B" = n.id)
        AND n."updatedAt" >= make_timestamp($1, 4, 1, 0, 0, 0) - interval '9 hours'
        AND n."updatedAt" < make_timestamp($1 + 1, 4, 1, 0, 0, 0) - interval '9 hours'))`;

describe("annual report data", () => {
  it("has the figures the database has", async () => {
    const { summary } = await data.annualReport(planner, FY, "en");
    expect(summary).toEqual({
      activities: await number(`SELECT count(*) AS n FROM "Activity" WHERE "fiscalYear" = $1`),
      conducted: await number(`SELECT count(*) AS n FROM "Activity" WHERE "fiscalYear" = $1 AND status = 'CONDUCTED'`),
      programs: await number(`SELECT count(DISTINCT "programId") AS n FROM "Activity" WHERE "fiscalYear" = $1`),
      states: await number(
        `SELECT count(DISTINCT ap."stateCode") AS n FROM "ActivityParticipant" ap JOIN "Activity" a ON a.id = ap."activityId" WHERE a."fiscalYear" = $1`,
      ),
      participants: await number(
        `SELECT sum(ap."participantCount") AS n FROM "ActivityParticipant" ap JOIN "Activity" a ON a.id = ap."activityId"
         WHERE a."fiscalYear" = $1 AND a.status = 'CONDUCTED'`,
      ),
      needsAddressed: await number(`SELECT count(*) AS n FROM (${ADDRESSED_NEEDS}) needs`),
    });
    expect(summary.activities).toBeGreaterThan(0);
    expect(summary.needsAddressed).toBeGreaterThan(0);
  });

  it("counts activities by key area, by means and by state like the database", async () => {
    const report = await data.annualReport(planner, FY, "en");
    const counts = async (sql: string) =>
      Object.fromEntries((await query<{ code: string; n: string }>(database.url, sql, [FY])).map((row) => [row.code, Number(row.n)]));
    const nonZero = (bars: { code: string; count: number }[]) =>
      Object.fromEntries(bars.filter((b) => b.count > 0).map((b) => [b.code, b.count]));
    expect(nonZero(report.byKeyArea)).toEqual(
      await counts(
        `SELECT k."B" AS code, count(*) AS n FROM "_ActivityToKeyArea" k JOIN "Activity" a ON a.id = k."A" WHERE a."fiscalYear" = $1 GROUP BY 1`,
      ),
    );
    expect(nonZero(report.byMeans)).toEqual(
      await counts(
        `SELECT m."B" AS code, count(*) AS n FROM "_ActivityToMeans" m JOIN "Activity" a ON a.id = m."A" WHERE a."fiscalYear" = $1 GROUP BY 1`,
      ),
    );
    expect(nonZero(report.byState)).toEqual(
      await counts(
        `SELECT ap."stateCode" AS code, count(*) AS n FROM "ActivityParticipant" ap JOIN "Activity" a ON a.id = ap."activityId" WHERE a."fiscalYear" = $1 GROUP BY 1`,
      ),
    );
    // Every ASEAN member of that year has a bar, a zero included.
    expect(report.byState.map((bar) => bar.code)).toEqual(
      expect.arrayContaining(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"]),
    );
  });

  it("is refused to a liaison officer as if it did not exist", async () => {
    expect(await rejection(data.annualReport(liaison, FY, "en"))).toBeInstanceOf(NotFoundError);
  });
});

describe("annual report PDF", () => {
  it("has the cover, the summary, the charts, a section per program and the needs, in English", async () => {
    const text = await textOf(english);
    const { summary } = await data.annualReport(planner, FY, "en");
    expect(text).toContain(compact("Vientiane Vision 2.0 — Annual report FY2025"));
    expect(text).toContain(compact("Japan Ministry of Defense"));
    expect(text).toContain(compact("This report includes illustrative demo records."));
    // The figures in the order they are printed, each label followed by its number.
    expect(text).toContain(
      compact(
        `Summary An activity belongs to the fiscal year in which it starts (April to March).
         Activities in the fiscal year ${summary.activities} Activities conducted ${summary.conducted}
         Programs with activities ${summary.programs} Partner states taking part ${summary.states}
         Participants at conducted activities ${summary.participants} Partner needs addressed ${summary.needsAddressed}`,
      ),
    );
    for (const heading of [
      "Activities by key area",
      "Activities by means",
      "Activities by partner state",
      "Programs",
      "Partner needs addressed",
    ]) {
      expect(text).toContain(compact(heading));
    }
    const programs = await programNames("nameEn");
    for (const name of programs) expect(text).toContain(compact(name));
    const needs = await query<{ title: string }>(database.url, ADDRESSED_NEEDS, [FY]);
    for (const need of needs) expect(text).toContain(compact(need.title));

    // The bookmarks: one per section, and exactly one per program with activities in the year.
    const outline = await outlineOf(english);
    expect(outline.map((item) => item.title)).toEqual([
      "Summary",
      "Activities by key area",
      "Activities by means",
      "Activities by partner state",
      "Programs",
      "Partner needs addressed",
      "Results",
      "Spending against budget",
    ]);
    expect(outline[4]?.items.map((item) => item.title).sort()).toEqual(programs);
  });

  it("is written in Japanese for a Japanese reader, with the Japanese names", async () => {
    const text = await textOf(japanese);
    expect(text).toContain(compact("ビエンチャン・ビジョン2.0 年次報告書（2025年度）"));
    expect(text).toContain("防衛省");
    for (const heading of [
      "概要",
      "重点分野別の活動数",
      "手段別の活動数",
      "パートナー国別の活動数",
      "プログラム",
      "対応したパートナーのニーズ",
    ]) {
      expect(text).toContain(heading);
    }
    const programs = await programNames("nameJa");
    expect(programs.some((name) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(name))).toBe(true);
    for (const name of programs) expect(text).toContain(compact(name));
    expect((await outlineOf(japanese))[4]?.items.map((item) => item.title).sort()).toEqual(programs);
    expect(text).not.toContain(compact("Activities by key area"));
  });

  it("declares its title and language", async () => {
    expect(Buffer.from(japanese).includes("/Lang (ja)")).toBe(true);
    expect(Buffer.from(english).includes("/Lang (en)")).toBe(true);
    const document = await getDocumentProxy(new Uint8Array(english));
    try {
      const { info } = (await document.getMetadata()) as { info: { Title?: string } };
      expect(info.Title).toBe("Vientiane Vision 2.0 — Annual report FY2025");
    } finally {
      await document.cleanup();
    }
  });
});

describe("annual report results and spending", () => {
  it("counts the year's indicators, reports and spending as the database holds them", async () => {
    const report = await data.annualReport(planner, FY, "en");
    const [reports] = await query<{ conducted: string; reported: string }>(
      database.url,
      `SELECT count(*) AS conducted, count(r.id) AS reported FROM "Activity" a LEFT JOIN "AfterActionReport" r ON r."activityId" = a.id
        WHERE a."fiscalYear" = $1 AND a.status = 'CONDUCTED'`,
      [FY],
    );
    expect(report.results.conducted).toBe(Number(reports!.conducted));
    expect(report.results.reported).toBe(Number(reports!.reported));
    const [spent] = await query<{ total: string | null }>(
      database.url,
      `SELECT sum("amountJpy") AS total FROM "SpendingLine" WHERE "fiscalYear" = $1`,
      [FY],
    );
    expect(report.spending.reduce((sum, row) => sum + row.actualJpy, 0)).toBe(Number(spent!.total ?? 0));
    expect(Number(spent!.total ?? 0)).toBeGreaterThan(0);
    const statuses = Object.values(report.results.indicators).reduce((a, b) => a + b, 0);
    expect(statuses).toBe(report.results.indicatorYears.length);
    expect(statuses).toBeGreaterThan(0);
  });

  it("prints a results section and a spending section, and names the era in a formal Japanese report", async () => {
    const text = await textOf(english);
    expect(text).toContain("Results");
    expect(text).toContain(compact("Spending against budget"));
    expect(text).toContain(compact("After-action reports"));
    const era = await data.annualReport(planner, FY, "ja", "era");
    expect(era.fiscalYearLabel).toBe("令和7年度");
    const formal = await textOf(await pdf.renderAnnualReport(era));
    expect(formal).toContain("年次報告書（令和7年度）");
    expect(formal).toContain("予算と支出");
    expect(await textOf(japanese)).toContain("年次報告書（2025年度）");
  });
});

describe("table PDF", () => {
  it("runs a long table over pages with the header repeated, Japanese included", async () => {
    const { tablePdfStream } = await import("@/lib/pdf/table-pdf");
    async function* rows() {
      for (let i = 1; i <= 300; i++) {
        yield [
          `2025-04-${String((i % 28) + 1).padStart(2, "0")}`,
          i % 2 ? `Maritime law seminar no. ${i}` : `日ASEAN乗艦協力プログラム 第${i}回`,
          "Conducted",
        ];
      }
    }
    const stream = tablePdfStream({
      title: "Activities",
      subtitle: "FY2025, all states",
      columns: [
        { header: "Start date", width: 1 },
        { header: "Activity title", width: 4 },
        { header: "Status", width: 1 },
      ],
      rows: rows(),
      generatedAt: new Date(),
      footer: (page) => `Page ${page}`,
      notice: "Only the first 5,000 rows are included; use CSV or XLSX for all.",
    });
    const file = new Uint8Array(await new Response(stream).arrayBuffer());
    const pages = await pagesOf(file);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]).toContain(compact("Only the first 5,000 rows are included"));
    expect(pages[1]).toContain(compact("Start date Activity title Status"));
    expect(pages[1]).toContain("Page2");
    expect(pages.at(-1)).toContain(compact("第300回"));
    expect(pages.join("")).toContain(compact("Maritime law seminar no. 299"));
    expect(pages.join("")).toContain(compact("日ASEAN乗艦協力プログラム"));
  });
});
