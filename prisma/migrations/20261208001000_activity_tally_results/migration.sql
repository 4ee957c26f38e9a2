-- The activity tally (migration 20261207100000_activity_tally) also keeps, beside the number of
-- activities, what the review of efforts counts of them: participants (head counts), open follow-up
-- actions of their after-action reports, and partner feedback (how many, and the sums of the two
-- ratings). The review then reads a few hundred rows of the tally rather than every activity of its
-- span with their participants, follow-ups and feedback. (Hand-written, like the tally itself.)
--
-- What one activity brings to each of its scopes (its "measure"):
--   scope '*':      every participating state's head count, its open follow-ups, all feedback on it;
--   scope a state:  that state's head count, its open follow-ups, that state's feedback on it.
-- A row of the tally is the sum of the measures of its activities, under each item they count for, as
-- before. Feedback of a state that does not (or no longer) take part counts under '*' only.
--
-- The functions and triggers of the tally are replaced whole: they now carry the measures.

DROP FUNCTION activity_tally_rebuild() CASCADE;
DROP FUNCTION activity_tally_apply(activity_tally_delta[]) CASCADE;
DROP FUNCTION activity_tally_participant_deltas(activity_tally_delta[]) CASCADE;
DROP FUNCTION activity_tally_on_activity_insert() CASCADE;
DROP FUNCTION activity_tally_on_activity_update() CASCADE;
DROP FUNCTION activity_tally_on_activity_delete() CASCADE;
DROP FUNCTION activity_tally_on_participant() CASCADE;
DROP FUNCTION activity_tally_on_link() CASCADE;
DROP FUNCTION activity_tally_on_program_link() CASCADE;
DROP FUNCTION activity_tally_on_truncate() CASCADE;
DROP FUNCTION activity_tally_scopes(TEXT) CASCADE;
DROP TYPE activity_tally_delta CASCADE;

ALTER TABLE "ActivityTally"
  ADD COLUMN "participants"  INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "followUpsOpen" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "feedback"      INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "usefulness"    INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "fit"           INTEGER NOT NULL DEFAULT 0;

-- One change of the tally: added to a row, column by column.
CREATE TYPE activity_tally_delta AS (
  "scope" TEXT, "dimension" TEXT, "code" TEXT, "fiscalYear" INTEGER, "status" "ActivityStatus",
  "activities" INTEGER, "participants" INTEGER, "followUpsOpen" INTEGER, "feedback" INTEGER, "usefulness" INTEGER, "fit" INTEGER
);

-- What one activity brings to one of its scopes.
CREATE TYPE activity_tally_measure AS (
  "scope" TEXT, "participants" INTEGER, "followUpsOpen" INTEGER, "feedback" INTEGER, "usefulness" INTEGER, "fit" INTEGER
);

-- A measure as a change of one row: sign +1 adds the activity there, -1 takes it away.
CREATE FUNCTION activity_tally_delta_of(m activity_tally_measure, dimension TEXT, code TEXT, fiscal_year INTEGER,
  status "ActivityStatus", sign INTEGER)
RETURNS activity_tally_delta
LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW(m."scope", dimension, code, fiscal_year, status, sign, sign * m."participants", sign * m."followUpsOpen",
    sign * m."feedback", sign * m."usefulness", sign * m."fit")::activity_tally_delta
$$;

-- The open follow-up actions of an activity's report (as they stand now).
CREATE FUNCTION activity_tally_open_follow_ups(activity_id TEXT)
RETURNS INTEGER
LANGUAGE sql STABLE AS $$
  SELECT count(*)::int FROM "AfterActionReport" r JOIN "FollowUpAction" f ON f."reportId" = r."id"
  WHERE r."activityId" = activity_id AND f."closedOn" IS NULL
$$;

-- What an activity brings to the scope of one participating state, given that state's head count.
CREATE FUNCTION activity_tally_state_measure(activity_id TEXT, state_code TEXT, head_count INTEGER)
RETURNS activity_tally_measure
LANGUAGE sql STABLE AS $$
  SELECT ROW(state_code, coalesce(head_count, 0), activity_tally_open_follow_ups(activity_id),
    count(fb."id")::int, coalesce(sum(fb."usefulness"), 0)::int, coalesce(sum(fb."fit"), 0)::int)::activity_tally_measure
  FROM (SELECT 1) one
  LEFT JOIN "PartnerFeedback" fb ON fb."activityId" = activity_id AND fb."stateCode" = state_code
$$;

-- The scopes an activity counts in, with what it brings to each: '*' and each participating state (as
-- they stand now).
CREATE FUNCTION activity_tally_scopes(activity_id TEXT)
RETURNS SETOF activity_tally_measure
LANGUAGE sql STABLE AS $$
  SELECT '*'::text,
    (SELECT coalesce(sum(p."participantCount"), 0)::int FROM "ActivityParticipant" p WHERE p."activityId" = activity_id),
    activity_tally_open_follow_ups(activity_id),
    count(fb."id")::int, coalesce(sum(fb."usefulness"), 0)::int, coalesce(sum(fb."fit"), 0)::int
  FROM (SELECT 1) one
  LEFT JOIN "PartnerFeedback" fb ON fb."activityId" = activity_id
  UNION ALL
  SELECT m.*
  FROM "ActivityParticipant" p
  CROSS JOIN LATERAL activity_tally_state_measure(activity_id, p."stateCode", p."participantCount") m
  WHERE p."activityId" = activity_id
$$;

-- Adds the deltas of one statement, netted per row, in one INSERT ... ON CONFLICT DO UPDATE: it adds to
-- the row as committed by any concurrent transaction (it waits for that transaction's lock), so no
-- change is lost, and it takes the rows in key order, so that two writers lock the rows they share in
-- the same order. A row whose activities fall to 0 is removed: the table holds the rows of at least one
-- activity.
CREATE FUNCTION activity_tally_apply(deltas activity_tally_delta[])
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  wrong INTEGER;
  zeros activity_tally_delta[];
BEGIN
  IF deltas IS NULL OR cardinality(deltas) = 0 THEN RETURN; END IF;
  WITH changed AS (
    INSERT INTO "ActivityTally" AS t ("scope", "dimension", "code", "fiscalYear", "status", "activities", "participants",
      "followUpsOpen", "feedback", "usefulness", "fit")
    SELECT d."scope", d."dimension", d."code", d."fiscalYear", d."status", sum(d."activities"), sum(d."participants"),
      sum(d."followUpsOpen"), sum(d."feedback"), sum(d."usefulness"), sum(d."fit")
    FROM unnest(deltas) d
    GROUP BY d."scope", d."dimension", d."fiscalYear", d."code", d."status"
    HAVING (sum(d."activities"), sum(d."participants"), sum(d."followUpsOpen"), sum(d."feedback"), sum(d."usefulness"), sum(d."fit"))
      IS DISTINCT FROM (0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint)
    ORDER BY d."scope", d."dimension", d."fiscalYear", d."code", d."status"
    ON CONFLICT ("scope", "dimension", "fiscalYear", "code", "status")
      DO UPDATE SET "activities" = t."activities" + EXCLUDED."activities",
        "participants" = t."participants" + EXCLUDED."participants",
        "followUpsOpen" = t."followUpsOpen" + EXCLUDED."followUpsOpen",
        "feedback" = t."feedback" + EXCLUDED."feedback",
        "usefulness" = t."usefulness" + EXCLUDED."usefulness",
        "fit" = t."fit" + EXCLUDED."fit"
    RETURNING t.*
  )
  SELECT count(*) FILTER (WHERE least(c."activities", c."participants", c."followUpsOpen", c."feedback", c."usefulness", c."fit") < 0
           OR (c."activities" = 0 AND greatest(c."participants", c."followUpsOpen", c."feedback", c."usefulness", c."fit") > 0)),
         array_agg(ROW(c."scope", c."dimension", c."code", c."fiscalYear", c."status", 0, 0, 0, 0, 0, 0)::activity_tally_delta)
           FILTER (WHERE c."activities" = 0)
  INTO wrong, zeros
  FROM changed c;
  -- Below zero, or a measure without an activity, can only come from a defect: fail the write rather
  -- than keep a wrong count.
  IF wrong > 0 THEN
    RAISE EXCEPTION 'ActivityTally: % rows would fall below zero or hold measures without activities', wrong;
  END IF;
  IF zeros IS NOT NULL THEN
    DELETE FROM "ActivityTally" t
    USING unnest(zeros) z
    WHERE t."scope" = z."scope" AND t."dimension" = z."dimension" AND t."fiscalYear" = z."fiscalYear"
      AND t."code" = z."code" AND t."status" = z."status" AND t."activities" = 0;
  END IF;
END;
$$;

-- The tally recounted from the activities: the migration's backfill, and after a TRUNCATE.
CREATE FUNCTION activity_tally_rebuild()
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('activity_tally.rebuild', 'on', true);
  DELETE FROM "ActivityTally";
  INSERT INTO "ActivityTally" ("scope", "dimension", "code", "fiscalYear", "status", "activities", "participants",
    "followUpsOpen", "feedback", "usefulness", "fit")
  SELECT s."scope", i."dimension", i."code", a."fiscalYear", a."status", count(*)::int, sum(s."participants")::int,
    sum(s."followUpsOpen")::int, sum(s."feedback")::int, sum(s."usefulness")::int, sum(s."fit")::int
  FROM "Activity" a
  CROSS JOIN LATERAL activity_tally_items(a."id", a."programId") i
  CROSS JOIN LATERAL activity_tally_scopes(a."id") s
  GROUP BY 1, 2, 3, 4, 5;
  PERFORM set_config('activity_tally.rebuild', 'off', true);
END;
$$;

-- ---------------------------------------------------------------- Activity

CREATE FUNCTION activity_tally_on_activity_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM activity_tally_apply(ARRAY(
    SELECT activity_tally_delta_of(s, i."dimension", i."code", n."fiscalYear", n."status", 1)
    FROM new_rows n
    CROSS JOIN LATERAL activity_tally_items(n."id", n."programId") i
    CROSS JOIN LATERAL activity_tally_scopes(n."id") s));
  RETURN NULL;
END;
$$;

CREATE FUNCTION activity_tally_on_activity_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM activity_tally_apply(ARRAY(
    WITH moved AS (
      SELECT o."id", o."programId" AS old_program, o."fiscalYear" AS old_year, o."status" AS old_status,
             n."programId" AS new_program, n."fiscalYear" AS new_year, n."status" AS new_status
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE (o."programId", o."fiscalYear", o."status") IS DISTINCT FROM (n."programId", n."fiscalYear", n."status")
    )
    SELECT activity_tally_delta_of(s, i."dimension", i."code", m.old_year, m.old_status, -1)
    FROM moved m
    CROSS JOIN LATERAL activity_tally_items(m."id", m.old_program) i
    CROSS JOIN LATERAL activity_tally_scopes(m."id") s
    UNION ALL
    SELECT activity_tally_delta_of(s, i."dimension", i."code", m.new_year, m.new_status, 1)
    FROM moved m
    CROSS JOIN LATERAL activity_tally_items(m."id", m.new_program) i
    CROSS JOIN LATERAL activity_tally_scopes(m."id") s));
  RETURN NULL;
END;
$$;

-- BEFORE DELETE, row by row: the activity's participants, links, report, follow-ups and feedback still
-- exist here. Their rows go next through ON DELETE CASCADE, and the triggers below skip rows whose
-- activity (or report) is gone.
CREATE FUNCTION activity_tally_on_activity_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM activity_tally_apply(ARRAY(
    SELECT activity_tally_delta_of(s, i."dimension", i."code", OLD."fiscalYear", OLD."status", -1)
    FROM activity_tally_items(OLD."id", OLD."programId") i
    CROSS JOIN activity_tally_scopes(OLD."id") s));
  RETURN OLD;
END;
$$;

CREATE TRIGGER activity_tally_insert AFTER INSERT ON "Activity"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_activity_insert();
CREATE TRIGGER activity_tally_update AFTER UPDATE ON "Activity"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_activity_update();
CREATE TRIGGER activity_tally_delete BEFORE DELETE ON "Activity"
  FOR EACH ROW EXECUTE FUNCTION activity_tally_on_activity_delete();

-- ---------------------------------------------------------------- ActivityParticipant

-- A participant adds its state's scope (every item of the activity, with what the activity brings to
-- that state) and its head count to '*'.
CREATE FUNCTION activity_tally_on_participant() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- (scope = state, code = activity id, activities = +1 or -1, participants = head count)
  changes activity_tally_delta[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    changes := ARRAY(SELECT ROW(n."stateCode", NULL, n."activityId", NULL, NULL, 1, n."participantCount", 0, 0, 0, 0)::activity_tally_delta
      FROM new_rows n);
  ELSIF TG_OP = 'DELETE' THEN
    changes := ARRAY(SELECT ROW(o."stateCode", NULL, o."activityId", NULL, NULL, -1, o."participantCount", 0, 0, 0, 0)::activity_tally_delta
      FROM old_rows o);
  ELSE
    changes := ARRAY(
      SELECT ROW(o."stateCode", NULL, o."activityId", NULL, NULL, -1, o."participantCount", 0, 0, 0, 0)::activity_tally_delta FROM old_rows o
      UNION ALL
      SELECT ROW(n."stateCode", NULL, n."activityId", NULL, NULL, 1, n."participantCount", 0, 0, 0, 0)::activity_tally_delta FROM new_rows n);
  END IF;
  PERFORM activity_tally_apply(ARRAY(
    SELECT d
    FROM unnest(changes) c
    -- The activity as it stands now; a row whose activity is gone (deleted: its own trigger has counted
    -- it) adds nothing.
    JOIN "Activity" a ON a."id" = c."code"
    CROSS JOIN LATERAL activity_tally_items(a."id", a."programId") i
    CROSS JOIN LATERAL (
      SELECT activity_tally_delta_of(activity_tally_state_measure(a."id", c."scope", c."participants"), i."dimension", i."code",
        a."fiscalYear", a."status", c."activities")
      UNION ALL
      SELECT ROW('*', i."dimension", i."code", a."fiscalYear", a."status", 0, c."activities" * coalesce(c."participants", 0),
        0, 0, 0, 0)::activity_tally_delta
    ) x(d)));
  RETURN NULL;
END;
$$;

CREATE TRIGGER activity_tally_insert AFTER INSERT ON "ActivityParticipant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_participant();
CREATE TRIGGER activity_tally_update AFTER UPDATE ON "ActivityParticipant"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_participant();
CREATE TRIGGER activity_tally_delete AFTER DELETE ON "ActivityParticipant"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_participant();

-- ---------------------------------------------------------------- key areas and means of activities

-- A key area (means) link adds one row per scope of its activity. TG_ARGV[0] names the dimension.
CREATE FUNCTION activity_tally_on_link() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- (scope = activity id, code = item, activities = +1 or -1)
  links activity_tally_delta[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    links := ARRAY(SELECT ROW(n."A", NULL, n."B", NULL, NULL, 1, 0, 0, 0, 0, 0)::activity_tally_delta FROM new_rows n);
  ELSIF TG_OP = 'DELETE' THEN
    links := ARRAY(SELECT ROW(o."A", NULL, o."B", NULL, NULL, -1, 0, 0, 0, 0, 0)::activity_tally_delta FROM old_rows o);
  ELSE
    links := ARRAY(
      SELECT ROW(o."A", NULL, o."B", NULL, NULL, -1, 0, 0, 0, 0, 0)::activity_tally_delta FROM old_rows o
      UNION ALL
      SELECT ROW(n."A", NULL, n."B", NULL, NULL, 1, 0, 0, 0, 0, 0)::activity_tally_delta FROM new_rows n);
  END IF;
  PERFORM activity_tally_apply(ARRAY(
    SELECT activity_tally_delta_of(s, TG_ARGV[0], l."code", a."fiscalYear", a."status", l."activities")
    FROM unnest(links) l
    JOIN "Activity" a ON a."id" = l."scope" -- an activity being deleted has been counted by its own trigger
    CROSS JOIN LATERAL activity_tally_scopes(a."id") s));
  RETURN NULL;
END;
$$;

CREATE TRIGGER activity_tally_insert AFTER INSERT ON "_ActivityToKeyArea"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_link('keyArea');
CREATE TRIGGER activity_tally_update AFTER UPDATE ON "_ActivityToKeyArea"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_link('keyArea');
CREATE TRIGGER activity_tally_delete AFTER DELETE ON "_ActivityToKeyArea"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_link('keyArea');
CREATE TRIGGER activity_tally_insert AFTER INSERT ON "_ActivityToMeans"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_link('means');
CREATE TRIGGER activity_tally_update AFTER UPDATE ON "_ActivityToMeans"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_link('means');
CREATE TRIGGER activity_tally_delete AFTER DELETE ON "_ActivityToMeans"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_link('means');

-- ---------------------------------------------------------------- ends and approaches of programs

-- A program's end (approach) adds one row per activity of the program and scope of that activity.
CREATE FUNCTION activity_tally_on_program_link() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- (scope = program id, code = end or approach, activities = +1 or -1)
  links activity_tally_delta[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    links := ARRAY(SELECT ROW(n."B", NULL, n."A", NULL, NULL, 1, 0, 0, 0, 0, 0)::activity_tally_delta FROM new_rows n);
  ELSIF TG_OP = 'DELETE' THEN
    links := ARRAY(SELECT ROW(o."B", NULL, o."A", NULL, NULL, -1, 0, 0, 0, 0, 0)::activity_tally_delta FROM old_rows o);
  ELSE
    links := ARRAY(
      SELECT ROW(o."B", NULL, o."A", NULL, NULL, -1, 0, 0, 0, 0, 0)::activity_tally_delta FROM old_rows o
      UNION ALL
      SELECT ROW(n."B", NULL, n."A", NULL, NULL, 1, 0, 0, 0, 0, 0)::activity_tally_delta FROM new_rows n);
  END IF;
  PERFORM activity_tally_apply(ARRAY(
    SELECT activity_tally_delta_of(s, TG_ARGV[0], l."code", a."fiscalYear", a."status", l."activities")
    FROM unnest(links) l
    JOIN "Activity" a ON a."programId" = l."scope"
    CROSS JOIN LATERAL activity_tally_scopes(a."id") s));
  RETURN NULL;
END;
$$;

CREATE TRIGGER activity_tally_insert AFTER INSERT ON "_EndToProgram"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_program_link('end');
CREATE TRIGGER activity_tally_update AFTER UPDATE ON "_EndToProgram"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_program_link('end');
CREATE TRIGGER activity_tally_delete AFTER DELETE ON "_EndToProgram"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_program_link('end');
CREATE TRIGGER activity_tally_insert AFTER INSERT ON "_ApproachToProgram"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_program_link('approach');
CREATE TRIGGER activity_tally_update AFTER UPDATE ON "_ApproachToProgram"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_program_link('approach');
CREATE TRIGGER activity_tally_delete AFTER DELETE ON "_ApproachToProgram"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_program_link('approach');

-- ---------------------------------------------------------------- follow-up actions and reports

-- A follow-up action open (closedOn empty) adds 1 to every scope of its report's activity; closing it
-- takes the 1 away, reopening adds it back.
CREATE FUNCTION activity_tally_on_follow_up() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- (code = report id, followUpsOpen = +1 or -1)
  changes activity_tally_delta[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    changes := ARRAY(SELECT ROW(NULL, NULL, n."reportId", NULL, NULL, 0, 0, 1, 0, 0, 0)::activity_tally_delta
      FROM new_rows n WHERE n."closedOn" IS NULL);
  ELSIF TG_OP = 'DELETE' THEN
    changes := ARRAY(SELECT ROW(NULL, NULL, o."reportId", NULL, NULL, 0, 0, -1, 0, 0, 0)::activity_tally_delta
      FROM old_rows o WHERE o."closedOn" IS NULL);
  ELSE
    changes := ARRAY(
      SELECT ROW(NULL, NULL, o."reportId", NULL, NULL, 0, 0, -1, 0, 0, 0)::activity_tally_delta FROM old_rows o WHERE o."closedOn" IS NULL
      UNION ALL
      SELECT ROW(NULL, NULL, n."reportId", NULL, NULL, 0, 0, 1, 0, 0, 0)::activity_tally_delta FROM new_rows n WHERE n."closedOn" IS NULL);
  END IF;
  PERFORM activity_tally_apply(ARRAY(
    SELECT ROW(s."scope", i."dimension", i."code", a."fiscalYear", a."status", 0, 0, c."followUpsOpen", 0, 0, 0)::activity_tally_delta
    FROM unnest(changes) c
    -- A report (or activity) being deleted has been counted by its own trigger.
    JOIN "AfterActionReport" r ON r."id" = c."code"
    JOIN "Activity" a ON a."id" = r."activityId"
    CROSS JOIN LATERAL activity_tally_items(a."id", a."programId") i
    CROSS JOIN LATERAL (SELECT '*' UNION ALL SELECT p."stateCode" FROM "ActivityParticipant" p WHERE p."activityId" = a."id") s("scope")));
  RETURN NULL;
END;
$$;

CREATE TRIGGER activity_tally_insert AFTER INSERT ON "FollowUpAction"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_follow_up();
CREATE TRIGGER activity_tally_update AFTER UPDATE ON "FollowUpAction"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_follow_up();
CREATE TRIGGER activity_tally_delete AFTER DELETE ON "FollowUpAction"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_follow_up();

-- A report deleted (or moved to another activity) takes its open follow-ups with it. BEFORE, row by row:
-- its follow-ups still exist here; they go next by ON DELETE CASCADE, skipped by their trigger. A report
-- deleted with its activity finds the activity gone (counted by the activity's own trigger).
CREATE FUNCTION activity_tally_on_report() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  open_ INTEGER;
  moved_to TEXT;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."activityId" IS NOT DISTINCT FROM OLD."activityId" THEN RETURN NEW; END IF;
    moved_to := NEW."activityId";
  END IF;
  SELECT count(*)::int INTO open_ FROM "FollowUpAction" f WHERE f."reportId" = OLD."id" AND f."closedOn" IS NULL;
  IF open_ = 0 THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
  PERFORM activity_tally_apply(ARRAY(
    SELECT ROW(s."scope", i."dimension", i."code", a."fiscalYear", a."status", 0, 0, m.sign * open_, 0, 0, 0)::activity_tally_delta
    FROM (SELECT OLD."activityId", -1 UNION ALL SELECT moved_to, 1 WHERE moved_to IS NOT NULL) m("activityId", sign)
    JOIN "Activity" a ON a."id" = m."activityId"
    CROSS JOIN LATERAL activity_tally_items(a."id", a."programId") i
    CROSS JOIN LATERAL (SELECT '*' UNION ALL SELECT p."stateCode" FROM "ActivityParticipant" p WHERE p."activityId" = a."id") s("scope")));
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER activity_tally_delete BEFORE DELETE ON "AfterActionReport"
  FOR EACH ROW EXECUTE FUNCTION activity_tally_on_report();
CREATE TRIGGER activity_tally_update BEFORE UPDATE OF "activityId" ON "AfterActionReport"
  FOR EACH ROW EXECUTE FUNCTION activity_tally_on_report();

-- ---------------------------------------------------------------- partner feedback

-- Feedback adds 1 and its ratings to '*' and to its state's scope where that state takes part.
CREATE FUNCTION activity_tally_on_feedback() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- (scope = state, code = activity id, feedback = +1 or -1, usefulness and fit signed)
  changes activity_tally_delta[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    changes := ARRAY(SELECT ROW(n."stateCode", NULL, n."activityId", NULL, NULL, 0, 0, 0, 1, n."usefulness", n."fit")::activity_tally_delta
      FROM new_rows n);
  ELSIF TG_OP = 'DELETE' THEN
    changes := ARRAY(SELECT ROW(o."stateCode", NULL, o."activityId", NULL, NULL, 0, 0, 0, -1, -o."usefulness", -o."fit")::activity_tally_delta
      FROM old_rows o);
  ELSE
    changes := ARRAY(
      SELECT ROW(o."stateCode", NULL, o."activityId", NULL, NULL, 0, 0, 0, -1, -o."usefulness", -o."fit")::activity_tally_delta FROM old_rows o
      UNION ALL
      SELECT ROW(n."stateCode", NULL, n."activityId", NULL, NULL, 0, 0, 0, 1, n."usefulness", n."fit")::activity_tally_delta FROM new_rows n);
  END IF;
  PERFORM activity_tally_apply(ARRAY(
    SELECT ROW(s."scope", i."dimension", i."code", a."fiscalYear", a."status", 0, 0, 0, c."feedback", c."usefulness", c."fit")::activity_tally_delta
    FROM unnest(changes) c
    JOIN "Activity" a ON a."id" = c."code" -- an activity being deleted has been counted by its own trigger
    CROSS JOIN LATERAL activity_tally_items(a."id", a."programId") i
    CROSS JOIN LATERAL (
      SELECT '*' UNION ALL
      SELECT p."stateCode" FROM "ActivityParticipant" p WHERE p."activityId" = a."id" AND p."stateCode" = c."scope"
    ) s("scope")));
  RETURN NULL;
END;
$$;

CREATE TRIGGER activity_tally_insert AFTER INSERT ON "PartnerFeedback"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_feedback();
CREATE TRIGGER activity_tally_update AFTER UPDATE ON "PartnerFeedback"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_feedback();
CREATE TRIGGER activity_tally_delete AFTER DELETE ON "PartnerFeedback"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_feedback();

-- ---------------------------------------------------------------- TRUNCATE

CREATE FUNCTION activity_tally_on_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM activity_tally_rebuild();
  RETURN NULL;
END;
$$;

CREATE TRIGGER activity_tally_truncate AFTER TRUNCATE ON "Activity" FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_truncate();
CREATE TRIGGER activity_tally_truncate AFTER TRUNCATE ON "ActivityParticipant" FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_truncate();
CREATE TRIGGER activity_tally_truncate AFTER TRUNCATE ON "_ActivityToKeyArea" FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_truncate();
CREATE TRIGGER activity_tally_truncate AFTER TRUNCATE ON "_ActivityToMeans" FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_truncate();
CREATE TRIGGER activity_tally_truncate AFTER TRUNCATE ON "_EndToProgram" FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_truncate();
CREATE TRIGGER activity_tally_truncate AFTER TRUNCATE ON "_ApproachToProgram" FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_truncate();
CREATE TRIGGER activity_tally_truncate AFTER TRUNCATE ON "AfterActionReport" FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_truncate();
CREATE TRIGGER activity_tally_truncate AFTER TRUNCATE ON "FollowUpAction" FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_truncate();
CREATE TRIGGER activity_tally_truncate AFTER TRUNCATE ON "PartnerFeedback" FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_on_truncate();

-- The backfill.
SELECT activity_tally_rebuild();
