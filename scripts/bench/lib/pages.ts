// The pages `npm run bench` measures, chosen from the synthetic dataset so that they exist at every
// scale: the activity list filtered to one fiscal year and key area (its first page: 50 rows), the
// dashboard, the framework page and the page of one synthetic plan. Also the static reference page.
import { withClient } from "../../lib/database";

export interface BenchPage {
  key: "activities" | "dashboard" | "framework" | "plan";
  label: string;
  path: string;
}

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
