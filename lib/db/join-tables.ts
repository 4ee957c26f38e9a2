// The join tables of Prisma's implicit many-to-many relations, for raw SQL: Prisma names each
// "_<Relation>" and its columns "A" and "B" (A the model whose name sorts first), which says nothing
// to a reader and breaks silently if a relation is renamed. Raw SQL names them through here:
//   JOIN ${ACTIVITY_KEY_AREAS.table} k ON k.${ACTIVITY_KEY_AREAS.activity} = a."id"
// tests/integration/join-tables.test.ts checks each against the database's foreign keys.
import { Prisma } from "@/generated/prisma/client";

export interface JoinTable<C extends string> {
  /** The table's name as written in the schema ("_ActivityToKeyArea"). */
  name: string;
  /** The quoted table name, to interpolate into Prisma.sql. */
  table: Prisma.Sql;
  /** For each side, its column ("A" or "B") and the table and column it references. */
  columns: Readonly<Record<C, { column: "A" | "B"; references: { table: string; column: string } }>>;
  /** The quoted column of each side, to interpolate into Prisma.sql. */
  col: Readonly<Record<C, Prisma.Sql>>;
}

function joinTable<C extends string>(
  name: string,
  columns: Record<C, { column: "A" | "B"; references: [table: string, column: string] }>,
): JoinTable<C> {
  const entries = Object.entries(columns) as [C, { column: "A" | "B"; references: [string, string] }][];
  return {
    name,
    table: Prisma.raw(`"${name}"`),
    columns: Object.fromEntries(
      entries.map(([side, { column, references }]) => [side, { column, references: { table: references[0], column: references[1] } }]),
    ) as JoinTable<C>["columns"],
    col: Object.fromEntries(entries.map(([side, { column }]) => [side, Prisma.raw(`"${column}"`)])) as Record<C, Prisma.Sql>,
  };
}

export const END_PROGRAMS = joinTable("_EndToProgram", {
  end: { column: "A", references: ["End", "code"] },
  program: { column: "B", references: ["Program", "id"] },
});
export const APPROACH_PROGRAMS = joinTable("_ApproachToProgram", {
  approach: { column: "A", references: ["Approach", "code"] },
  program: { column: "B", references: ["Program", "id"] },
});
export const KEY_AREA_PROGRAMS = joinTable("_KeyAreaToProgram", {
  keyArea: { column: "A", references: ["KeyArea", "code"] },
  program: { column: "B", references: ["Program", "id"] },
});
export const MEANS_PROGRAMS = joinTable("_MeansToProgram", {
  means: { column: "A", references: ["Means", "code"] },
  program: { column: "B", references: ["Program", "id"] },
});
export const FRAMEWORK_PROGRAMS = joinTable("_FrameworkToProgram", {
  framework: { column: "A", references: ["Framework", "code"] },
  program: { column: "B", references: ["Program", "id"] },
});
export const PROGRAM_PARTNER_STATES = joinTable("_ProgramPartnerStates", {
  state: { column: "A", references: ["PartnerState", "code"] },
  program: { column: "B", references: ["Program", "id"] },
});
export const PLAN_SHARED_WITH = joinTable("_PlanSharedWith", {
  state: { column: "A", references: ["PartnerState", "code"] },
  plan: { column: "B", references: ["ProgramPlan", "id"] },
});
export const ACTIVITY_MEANS = joinTable("_ActivityToMeans", {
  activity: { column: "A", references: ["Activity", "id"] },
  means: { column: "B", references: ["Means", "code"] },
});
export const ACTIVITY_KEY_AREAS = joinTable("_ActivityToKeyArea", {
  activity: { column: "A", references: ["Activity", "id"] },
  keyArea: { column: "B", references: ["KeyArea", "code"] },
});
export const NEED_ACTIVITIES = joinTable("_NeedActivities", {
  activity: { column: "A", references: ["Activity", "id"] },
  need: { column: "B", references: ["PartnerNeed", "id"] },
});
export const NEED_PLANS = joinTable("_NeedPlans", {
  need: { column: "A", references: ["PartnerNeed", "id"] },
  plan: { column: "B", references: ["ProgramPlan", "id"] },
});

export const REPORT_INDICATORS = joinTable("_ReportIndicators", {
  report: { column: "A", references: ["AfterActionReport", "id"] },
  indicator: { column: "B", references: ["PlanIndicator", "id"] },
});

/** Every join table, for the test that holds this module to the database. */
export const JOIN_TABLES: readonly JoinTable<string>[] = [
  END_PROGRAMS,
  APPROACH_PROGRAMS,
  KEY_AREA_PROGRAMS,
  MEANS_PROGRAMS,
  FRAMEWORK_PROGRAMS,
  PROGRAM_PARTNER_STATES,
  PLAN_SHARED_WITH,
  ACTIVITY_MEANS,
  ACTIVITY_KEY_AREAS,
  NEED_ACTIVITIES,
  NEED_PLANS,
  REPORT_INDICATORS,
];
