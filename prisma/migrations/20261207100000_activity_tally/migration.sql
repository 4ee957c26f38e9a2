-- Activities counted in all, per end, approach, key area and means, by fiscal year and status, kept by triggers in the
-- transaction of every write that changes them: the framework page, the dashboard and the insight pages
-- read these few thousand rows instead of counting every activity. (Hand-written: the schema engine does
-- not model triggers; the table is read by raw SQL only, so it is not in schema.prisma.)
--
-- scope '*' counts every activity once per item: a planner's distinct counts. Any other scope is a
-- participating state's code and counts the activities that state takes part in: a liaison officer's
-- counts, and the per-state counts of the coverage matrix and the map (an activity with three
-- participants is in three scopes, which is why '*' is kept apart rather than summed from them).
-- Each (scope, activity) adds 1 to the 'total' row (code ''), to one row per end and approach of its
-- program, and to one row per key area and means of its own. The table's size depends on the number of
-- states, fiscal years, statuses and framework codes, never on the number of activities or programs.
CREATE TABLE "ActivityTally" (
  "scope"      TEXT NOT NULL,
  "dimension"  TEXT NOT NULL,
  "code"       TEXT NOT NULL,
  "fiscalYear" INTEGER NOT NULL,
  "status"     "ActivityStatus" NOT NULL,
  "activities" INTEGER NOT NULL,
  CONSTRAINT "ActivityTally_pkey" PRIMARY KEY ("scope", "dimension", "fiscalYear", "code", "status"),
  CONSTRAINT "ActivityTally_dimension" CHECK ("dimension" IN ('total', 'end', 'approach', 'keyArea', 'means'))
);

-- One change of the tally: +1 or -1 on a row.
CREATE TYPE activity_tally_delta AS (
  "scope" TEXT, "dimension" TEXT, "code" TEXT, "fiscalYear" INTEGER, "status" "ActivityStatus", "delta" INTEGER
);

-- The items an activity counts for: the total, its program's ends and approaches, its key areas and
-- means (as they stand now).
CREATE FUNCTION activity_tally_items(activity_id TEXT, program_id TEXT)
RETURNS TABLE ("dimension" TEXT, "code" TEXT)
LANGUAGE sql STABLE AS $$
  SELECT 'total', ''
  UNION ALL SELECT 'end', e."A" FROM "_EndToProgram" e WHERE e."B" = program_id
  UNION ALL SELECT 'approach', p."A" FROM "_ApproachToProgram" p WHERE p."B" = program_id
  UNION ALL SELECT 'keyArea', k."B" FROM "_ActivityToKeyArea" k WHERE k."A" = activity_id
  UNION ALL SELECT 'means', m."B" FROM "_ActivityToMeans" m WHERE m."A" = activity_id
$$;

-- The scopes an activity counts in: '*' and each participating state (as they stand now).
CREATE FUNCTION activity_tally_scopes(activity_id TEXT)
RETURNS TABLE ("scope" TEXT)
LANGUAGE sql STABLE AS $$
  SELECT '*'
  UNION ALL SELECT p."stateCode" FROM "ActivityParticipant" p WHERE p."activityId" = activity_id
$$;

-- Adds the deltas of one statement, netted per row, in one INSERT ... ON CONFLICT DO UPDATE SET
-- "activities" = "activities" + delta: it adds to the row as committed by any concurrent transaction (it
-- waits for that transaction's lock), so no change is lost, and it takes the rows in key order, so that
-- two writers lock the rows they share in the same order. A row that falls to 0 is removed: the table
-- holds exactly the non-zero counts.
CREATE FUNCTION activity_tally_apply(deltas activity_tally_delta[])
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  negative INTEGER;
  zeros activity_tally_delta[];
BEGIN
  IF deltas IS NULL OR cardinality(deltas) = 0 THEN RETURN; END IF;
  WITH changed AS (
    INSERT INTO "ActivityTally" AS t ("scope", "dimension", "code", "fiscalYear", "status", "activities")
    SELECT d."scope", d."dimension", d."code", d."fiscalYear", d."status", sum(d."delta")
    FROM unnest(deltas) d
    GROUP BY d."scope", d."dimension", d."fiscalYear", d."code", d."status"
    HAVING sum(d."delta") <> 0
    ORDER BY d."scope", d."dimension", d."fiscalYear", d."code", d."status"
    ON CONFLICT ("scope", "dimension", "fiscalYear", "code", "status")
      DO UPDATE SET "activities" = t."activities" + EXCLUDED."activities"
    RETURNING t."scope", t."dimension", t."code", t."fiscalYear", t."status", t."activities"
  )
  SELECT count(*) FILTER (WHERE c."activities" < 0),
         array_agg(ROW(c."scope", c."dimension", c."code", c."fiscalYear", c."status", 0)::activity_tally_delta)
           FILTER (WHERE c."activities" = 0)
  INTO negative, zeros
  FROM changed c;
  -- Below zero can only come from a defect: fail the write rather than keep a wrong count.
  IF negative > 0 THEN
    RAISE EXCEPTION 'ActivityTally: % counts would fall below zero', negative;
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
  INSERT INTO "ActivityTally" ("scope", "dimension", "code", "fiscalYear", "status", "activities")
  SELECT s."scope", i."dimension", i."code", a."fiscalYear", a."status", count(*)::int
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
    SELECT ROW(s."scope", i."dimension", i."code", n."fiscalYear", n."status", 1)::activity_tally_delta
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
    SELECT ROW(s."scope", i."dimension", i."code", m.old_year, m.old_status, -1)::activity_tally_delta
    FROM moved m
    CROSS JOIN LATERAL activity_tally_items(m."id", m.old_program) i
    CROSS JOIN LATERAL activity_tally_scopes(m."id") s
    UNION ALL
    SELECT ROW(s."scope", i."dimension", i."code", m.new_year, m.new_status, 1)::activity_tally_delta
    FROM moved m
    CROSS JOIN LATERAL activity_tally_items(m."id", m.new_program) i
    CROSS JOIN LATERAL activity_tally_scopes(m."id") s));
  RETURN NULL;
END;
$$;

-- BEFORE DELETE, row by row: the activity's participants, key areas and means still exist here. Their
-- rows go next through ON DELETE CASCADE, and the triggers below skip rows whose activity is gone.
CREATE FUNCTION activity_tally_on_activity_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM activity_tally_apply(ARRAY(
    SELECT ROW(s."scope", i."dimension", i."code", OLD."fiscalYear", OLD."status", -1)::activity_tally_delta
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

-- A participant adds its state's scope: every item of the activity (activity_tally_items) in that scope.
CREATE FUNCTION activity_tally_participant_deltas(rows_ activity_tally_delta[]) RETURNS activity_tally_delta[]
LANGUAGE sql STABLE AS $$
  -- rows_ carry (scope = state, code = activity id, delta); the activity is looked up as it stands now,
  -- and a row whose activity is gone (deleted, its own trigger has counted it) adds nothing.
  SELECT ARRAY(
    SELECT ROW(r."scope", i."dimension", i."code", a."fiscalYear", a."status", r."delta")::activity_tally_delta
    FROM unnest(rows_) r
    JOIN "Activity" a ON a."id" = r."code"
    CROSS JOIN LATERAL activity_tally_items(a."id", a."programId") i)
$$;

CREATE FUNCTION activity_tally_on_participant() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  rows_ activity_tally_delta[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    rows_ := ARRAY(SELECT ROW(n."stateCode", NULL, n."activityId", NULL, NULL, 1)::activity_tally_delta FROM new_rows n);
  ELSIF TG_OP = 'DELETE' THEN
    rows_ := ARRAY(SELECT ROW(o."stateCode", NULL, o."activityId", NULL, NULL, -1)::activity_tally_delta FROM old_rows o);
  ELSE
    rows_ := ARRAY(
      SELECT ROW(o."stateCode", NULL, o."activityId", NULL, NULL, -1)::activity_tally_delta FROM old_rows o
      UNION ALL
      SELECT ROW(n."stateCode", NULL, n."activityId", NULL, NULL, 1)::activity_tally_delta FROM new_rows n);
  END IF;
  PERFORM activity_tally_apply(activity_tally_participant_deltas(rows_));
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
  links activity_tally_delta[];
BEGIN
  -- (code = item, scope = activity id, delta)
  IF TG_OP = 'INSERT' THEN
    links := ARRAY(SELECT ROW(n."A", NULL, n."B", NULL, NULL, 1)::activity_tally_delta FROM new_rows n);
  ELSIF TG_OP = 'DELETE' THEN
    links := ARRAY(SELECT ROW(o."A", NULL, o."B", NULL, NULL, -1)::activity_tally_delta FROM old_rows o);
  ELSE
    links := ARRAY(
      SELECT ROW(o."A", NULL, o."B", NULL, NULL, -1)::activity_tally_delta FROM old_rows o
      UNION ALL
      SELECT ROW(n."A", NULL, n."B", NULL, NULL, 1)::activity_tally_delta FROM new_rows n);
  END IF;
  PERFORM activity_tally_apply(ARRAY(
    SELECT ROW(s."scope", TG_ARGV[0], l."code", a."fiscalYear", a."status", l."delta")::activity_tally_delta
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
  links activity_tally_delta[];
BEGIN
  -- (code = end or approach, scope = program id, delta)
  IF TG_OP = 'INSERT' THEN
    links := ARRAY(SELECT ROW(n."B", NULL, n."A", NULL, NULL, 1)::activity_tally_delta FROM new_rows n);
  ELSIF TG_OP = 'DELETE' THEN
    links := ARRAY(SELECT ROW(o."B", NULL, o."A", NULL, NULL, -1)::activity_tally_delta FROM old_rows o);
  ELSE
    links := ARRAY(
      SELECT ROW(o."B", NULL, o."A", NULL, NULL, -1)::activity_tally_delta FROM old_rows o
      UNION ALL
      SELECT ROW(n."B", NULL, n."A", NULL, NULL, 1)::activity_tally_delta FROM new_rows n);
  END IF;
  PERFORM activity_tally_apply(ARRAY(
    SELECT ROW(s."scope", TG_ARGV[0], l."code", a."fiscalYear", a."status", l."delta")::activity_tally_delta
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

-- ---------------------------------------------------------------- TRUNCATE and direct writes

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

-- The tally is derived: a row written to it directly (not by the triggers above or the rebuild) is
-- ignored. This is what keeps `npm run db:restore` right when it loads with triggers on (a role that may
-- not switch them off): the backed-up tally is dropped and the triggers count the activities as they
-- load. With triggers off (session_replication_role = replica) this guard is off too, and the
-- backed-up tally, from the same snapshot as the activities, loads as it was.
CREATE FUNCTION activity_tally_derived_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RETURN NULL;
END;
$$;

CREATE TRIGGER activity_tally_derived_only BEFORE INSERT ON "ActivityTally"
  FOR EACH ROW
  WHEN (pg_trigger_depth() = 0 AND current_setting('activity_tally.rebuild', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION activity_tally_derived_only();

-- The backfill.
SELECT activity_tally_rebuild();
