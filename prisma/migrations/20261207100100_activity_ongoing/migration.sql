-- The dashboard's upcoming activities include those under way today (started, not yet ended). An index
-- on the start date alone finds them only by reading every activity that started before today; this one
-- finds the activities whose dates contain a day directly. (Hand-written: an index on an expression is
-- not in the schema engine's model.)
CREATE INDEX "Activity_dates_range_idx" ON "Activity" USING GIST (daterange("startDate", "endDate", '[]'));
