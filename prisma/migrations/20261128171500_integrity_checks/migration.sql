-- Invariants the database keeps whatever the application does. (Hand-written: the schema engine
-- does not model CHECK constraints, and leaves them alone in later diffs.)

-- A liaison officer is bound to exactly one state; planners and admins to none.
ALTER TABLE "User" ADD CONSTRAINT "User_liaison_has_state"
  CHECK (("role" = 'LIAISON') = ("stateCode" IS NOT NULL));

-- A bilateral program has its one partner; a multilateral program has none.
ALTER TABLE "Program" ADD CONSTRAINT "Program_bilateral_has_partner"
  CHECK (("kind" = 'BILATERAL') = ("partnerStateCode" IS NOT NULL));

ALTER TABLE "ProgramPlan" ADD CONSTRAINT "ProgramPlan_span_ordered"
  CHECK ("lastFiscalYear" >= "firstFiscalYear");

ALTER TABLE "Activity" ADD CONSTRAINT "Activity_dates_ordered"
  CHECK ("endDate" >= "startDate");

-- The stored fiscal year is the Japanese fiscal year (April-March) of the start date.
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_fiscal_year_of_start"
  CHECK ("fiscalYear" = CASE WHEN EXTRACT(MONTH FROM "startDate") >= 4
                             THEN EXTRACT(YEAR FROM "startDate")::int
                             ELSE EXTRACT(YEAR FROM "startDate")::int - 1 END);

ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_count_not_negative"
  CHECK ("participantCount" IS NULL OR "participantCount" >= 0);

ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_amount_not_negative"
  CHECK ("amountJpy" >= 0);
