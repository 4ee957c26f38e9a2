// The pages `npm run bench` measures, chosen from the synthetic dataset so that they exist at every
// scale: the activity list filtered to one fiscal year and key area (its first page: 50 rows), the
// dashboard, the framework page, the page of one synthetic plan, the review of efforts over three
// fiscal years and the portal-wide search. Also the static reference page.
import { withClient } from "../../lib/database";

export interface BenchPage {
  key: string;
  label: string;
  path: string;
}

/** The most statements any main page may send per request, the same at both sizes of dataset. */
export const MAX_STATEMENTS = 12;

/** The most an activity list page of 50 rows may weigh: its HTML with the inlined RSC payload, in KiB. */
export const MAX_PAGE_KIB = 90;

/** The most server CPU (the portal's process tree) one activity-list request may take, in ms. */
export const MAX_CPU_MS = 15;

/** The other list pages, weighed beside the benchmarked ones (for the record: no target of their own). */
export const LIST_PAGES = ["/plans", "/needs", "/programs"];

/** A file of public/: served by the same server through the same proxy, with no rendering or database. */
export const STATIC_PAGE = "/bench-static.html";

// The synthetic fiscal years run from FY2012 for 20 years: FY2024 is one in the middle, with past and
// future activities around it.
const LIST_FILTER = "fy=2024&keyArea=K2";

/** The pages, with the plan chosen in the database: the first synthetic plan with every part filled. */
export async function benchPages(databaseUrl: string): Promise<BenchPage[]> {
  const plan = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      // Every part of the plan page filled (each empty relation saves Prisma a query), so that the
      // page's queries can be compared between two sizes of dataset whichever plan each picks.
      `SELECT p.id FROM "ProgramPlan" p
       WHERE EXISTS (SELECT 1 FROM "Activity" a WHERE a."planId" = p.id)
         AND EXISTS (SELECT 1 FROM "PlanComment" c WHERE c."planId" = p.id)
         AND EXISTS (SELECT 1 FROM "ConsultationRecord" r WHERE r."planId" = p.id)
         AND EXISTS (SELECT 1 FROM "_NeedPlans" n WHERE n."B" = p.id)
       ORDER BY p.id LIMIT 1`,
    );
    return rows[0]?.id;
  });
  if (!plan) throw new Error("the dataset has no plan with activities, comments, consultations and needs");
  return [
    { key: "activities", label: "activity list (filtered, 50 rows)", path: `/activities?${LIST_FILTER}` },
    { key: "dashboard", label: "dashboard", path: "/" },
    { key: "framework", label: "framework", path: "/framework" },
    { key: "plan", label: "plan page", path: `/plans/${encodeURIComponent(plan)}` },
    // Three fiscal years in the middle of the range: a sixth of every activity, with money (a planner).
    { key: "review", label: "review of efforts (3 fiscal years)", path: "/review?fyFrom=2022&fyTo=2024" },
    // Two words, as a planner would type them: about 500 of the 100,000 synthetic activities hold both
    // (a tenth of those "maritime" alone finds), and plans, programs and comments name them too.
    { key: "search", label: "search (“maritime training”, every kind)", path: `/search?q=${encodeURIComponent("maritime training")}` },
  ];
}

/**
 * The pages whose statements are counted: the measured pages, and the other main pages with a record
 * chosen as fully filled as the plan (every relation with rows, so that both sizes send the same).
 */
export async function tracedPages(databaseUrl: string, pages: BenchPage[]): Promise<BenchPage[]> {
  const ids = await withClient(databaseUrl, async (client) => {
    const first = async (sql: string) => (await client.query<{ id: string }>(sql)).rows[0]?.id;
    return {
      program: await first(
        `SELECT g.id FROM "Program" g
         WHERE EXISTS (SELECT 1 FROM "Activity" a WHERE a."programId" = g.id)
           AND EXISTS (SELECT 1 FROM "ProgramPlan" p WHERE p."programId" = g.id)
         ORDER BY g.id LIMIT 1`,
      ),
      state: await first(
        `SELECT s.code AS id FROM "PartnerState" s
         WHERE EXISTS (SELECT 1 FROM "ActivityParticipant" a WHERE a."stateCode" = s.code)
           AND EXISTS (SELECT 1 FROM "PartnerNeed" n WHERE n."stateCode" = s.code)
         ORDER BY s."sortOrder", s.code LIMIT 1`,
      ),
      need: await first(
        `SELECT n.id FROM "PartnerNeed" n
         WHERE EXISTS (SELECT 1 FROM "_NeedPlans" p WHERE p."A" = n.id)
           AND EXISTS (SELECT 1 FROM "_NeedActivities" a WHERE a."B" = n.id)
         ORDER BY n.id LIMIT 1`,
      ),
      activity: await first(
        `SELECT a.id FROM "Activity" a
         WHERE a."planId" IS NOT NULL
           AND EXISTS (SELECT 1 FROM "_NeedActivities" n WHERE n."A" = a.id)
         ORDER BY a.id LIMIT 1`,
      ),
    };
  });
  const missing = Object.entries(ids).filter(([, id]) => !id);
  if (missing.length) throw new Error(`the dataset has no filled ${missing.map(([what]) => what).join(", ")} to trace`);
  const at = (path: string, id: string) => `${path}/${encodeURIComponent(id)}`;
  return [
    ...pages,
    { key: "plans", label: "plan list", path: "/plans" },
    { key: "programs", label: "program list", path: "/programs" },
    { key: "program", label: "program page", path: at("/programs", ids.program!) },
    { key: "state", label: "state page", path: at("/states", ids.state!) },
    { key: "needs", label: "need list", path: "/needs" },
    { key: "need", label: "need page", path: at("/needs", ids.need!) },
    { key: "activity", label: "activity page", path: at("/activities", ids.activity!) },
  ];
}

/** A DRAFT synthetic plan the benchmark may save over and over (approved plans are read-only). */
export async function editablePlan(databaseUrl: string): Promise<string> {
  const id = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "ProgramPlan" WHERE status = 'DRAFT' ORDER BY id LIMIT 1`);
    return rows[0]?.id;
  });
  if (!id) throw new Error("the dataset has no DRAFT plan to save");
  return id;
}

/** Routes whose JavaScript is weighed: the main page of each part of the portal, and the plan editor. */
export function mainRoutes(pages: BenchPage[], editablePlanId: string): string[] {
  const plan = pages.find((p) => p.key === "plan")?.path;
  const editor = `/plans/${encodeURIComponent(editablePlanId)}/edit`;
  return [
    "/",
    "/activities",
    "/framework",
    "/programs",
    "/plans",
    ...(plan ? [plan] : []),
    editor,
    "/states",
    "/needs",
    "/reports",
    "/insights",
  ];
}
