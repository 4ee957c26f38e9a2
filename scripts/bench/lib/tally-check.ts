// Whether the activity tally (prisma/migrations/20261207100000_activity_tally and
// 20261208001000_activity_tally_results) holds exactly the counts of the activities: run on each
// synthetic dataset, whose rows go in by INSERT ... SELECT with the tally's triggers on.
// tests/integration/activity-tally.test.ts proves the same after random writes, with the same recount.
import type pg from "pg";

const MEASURES = `activities, participants, "followUpsOpen", feedback, usefulness, fit`;

/** The tally's rows, with the status as text. */
export const TALLY_ROWS = `SELECT scope, dimension, code, "fiscalYear", status::text AS status, ${MEASURES} FROM "ActivityTally"`;

/**
 * Every row of the tally, recounted from the activities, their links, their programs' links, their
 * participants' head counts, their reports' open follow-ups and their feedback, without the tally's
 * functions: '*' takes every state's head count and all feedback, a state's scope its own.
 */
export const TALLY_RECOUNT = `
  WITH open AS (
    SELECT r."activityId" AS id, count(*)::int AS n
    FROM "FollowUpAction" f JOIN "AfterActionReport" r ON r.id = f."reportId"
    WHERE f."closedOn" IS NULL GROUP BY 1
  ), scopes AS (
    SELECT a.id, '*' AS scope,
      coalesce((SELECT sum(p."participantCount") FROM "ActivityParticipant" p WHERE p."activityId" = a.id), 0) AS participants,
      (SELECT count(*) FROM "PartnerFeedback" f WHERE f."activityId" = a.id) AS feedback,
      coalesce((SELECT sum(f.usefulness) FROM "PartnerFeedback" f WHERE f."activityId" = a.id), 0) AS usefulness,
      coalesce((SELECT sum(f.fit) FROM "PartnerFeedback" f WHERE f."activityId" = a.id), 0) AS fit
    FROM "Activity" a
    UNION ALL
    SELECT p."activityId", p."stateCode", coalesce(p."participantCount", 0), count(f.id), coalesce(sum(f.usefulness), 0), coalesce(sum(f.fit), 0)
    FROM "ActivityParticipant" p
    LEFT JOIN "PartnerFeedback" f ON f."activityId" = p."activityId" AND f."stateCode" = p."stateCode"
    GROUP BY p."activityId", p."stateCode", p."participantCount"
  ), items AS (
    SELECT a.id, 'total' AS dimension, '' AS code FROM "Activity" a
    UNION ALL SELECT a.id, 'end', e."A" FROM "Activity" a JOIN "_EndToProgram" e ON e."B" = a."programId"
    UNION ALL SELECT a.id, 'approach', x."A" FROM "Activity" a JOIN "_ApproachToProgram" x ON x."B" = a."programId"
    UNION ALL SELECT k."A", 'keyArea', k."B" FROM "_ActivityToKeyArea" k
    UNION ALL SELECT m."A", 'means', m."B" FROM "_ActivityToMeans" m
  )
  SELECT s.scope, i.dimension, i.code, a."fiscalYear", a.status::text AS status, count(*)::int AS activities,
    sum(s.participants)::int AS participants, coalesce(sum(o.n), 0)::int AS "followUpsOpen", sum(s.feedback)::int AS feedback,
    sum(s.usefulness)::int AS usefulness, sum(s.fit)::int AS fit
  FROM "Activity" a JOIN scopes s ON s.id = a.id JOIN items i ON i.id = a.id LEFT JOIN open o ON o.id = a.id
  GROUP BY 1, 2, 3, 4, 5`;

const DIFFERENCES = `
  WITH recount AS (${TALLY_RECOUNT}), tally AS (${TALLY_ROWS})
  SELECT (SELECT count(*) FROM tally)::int AS rows,
         (SELECT count(*) FROM ((TABLE recount EXCEPT TABLE tally) UNION ALL (TABLE tally EXCEPT TABLE recount)) d)::int AS differences`;

/** The tally's rows, after checking them against a recount; throws when they differ. */
export async function checkTally(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ rows: number; differences: number }>(DIFFERENCES);
  const { rows: count = 0, differences = -1 } = rows[0] ?? {};
  if (differences !== 0) throw new Error(`the activity tally differs from a recount of the activities in ${differences} rows`);
  return count;
}
