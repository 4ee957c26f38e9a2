// Whether the activity tally (prisma/migrations/20261207100000_activity_tally) holds exactly the counts
// of the activities: run on each synthetic dataset, whose rows go in by INSERT ... SELECT with the
// tally's triggers on. tests/integration/activity-tally.test.ts proves the same after random writes.
import type pg from "pg";

const DIFFERENCES = `
  WITH scopes AS (
    SELECT a.id, '*' AS scope FROM "Activity" a
    UNION ALL SELECT p."activityId", p."stateCode" FROM "ActivityParticipant" p
  ), items AS (
    SELECT a.id, 'total' AS dimension, '' AS code FROM "Activity" a
    UNION ALL SELECT a.id, 'end', e."A" FROM "Activity" a JOIN "_EndToProgram" e ON e."B" = a."programId"
    UNION ALL SELECT a.id, 'approach', x."A" FROM "Activity" a JOIN "_ApproachToProgram" x ON x."B" = a."programId"
    UNION ALL SELECT k."A", 'keyArea', k."B" FROM "_ActivityToKeyArea" k
    UNION ALL SELECT m."A", 'means', m."B" FROM "_ActivityToMeans" m
  ), recount AS (
    SELECT s.scope, i.dimension, i.code, a."fiscalYear", a.status, count(*)::int AS activities
    FROM "Activity" a JOIN scopes s ON s.id = a.id JOIN items i ON i.id = a.id
    GROUP BY 1, 2, 3, 4, 5
  ), tally AS (
    SELECT scope, dimension, code, "fiscalYear", status, activities FROM "ActivityTally"
  )
  SELECT (SELECT count(*) FROM tally)::int AS rows,
         (SELECT count(*) FROM ((TABLE recount EXCEPT TABLE tally) UNION ALL (TABLE tally EXCEPT TABLE recount)) d)::int AS differences`;

/** The tally's rows, after checking them against a recount; throws when they differ. */
export async function checkTally(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ rows: number; differences: number }>(DIFFERENCES);
  const { rows: count = 0, differences = -1 } = rows[0] ?? {};
  if (differences !== 0) throw new Error(`the activity tally differs from a recount of the activities in ${differences} rows`);
  return count;
}
