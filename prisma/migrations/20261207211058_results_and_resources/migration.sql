-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "SpendingCategory" AS ENUM ('TRAVEL', 'INVITATION', 'TRAINING', 'EQUIPMENT', 'INTERPRETATION', 'VENUE', 'OTHER');

-- AlterTable
ALTER TABLE "ProgramPlan" ADD COLUMN     "archiveReason" TEXT;

-- AlterTable
ALTER TABLE "BudgetLine" ADD COLUMN     "category" "SpendingCategory" NOT NULL DEFAULT 'OTHER';

-- CreateTable
CREATE TABLE "PlanIndicator" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleJa" TEXT NOT NULL DEFAULT '',
    "unit" TEXT NOT NULL,
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "baselineValue" DOUBLE PRECISION,
    "baselineDate" DATE,
    "verification" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlanIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorTarget" (
    "indicatorId" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "IndicatorTarget_pkey" PRIMARY KEY ("indicatorId","fiscalYear")
);

-- CreateTable
CREATE TABLE "IndicatorActual" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "measuredOn" DATE NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorActual_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AfterActionReport" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "doneVsPlanned" TEXT NOT NULL DEFAULT '',
    "results" TEXT NOT NULL DEFAULT '',
    "lessons" TEXT NOT NULL DEFAULT '',
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "AfterActionReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpAction" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "closedOn" DATE,

    CONSTRAINT "FollowUpAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerFeedback" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "stateCode" TEXT NOT NULL,
    "usefulness" INTEGER NOT NULL,
    "fit" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpendingLine" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "spentOn" DATE NOT NULL,
    "category" "SpendingCategory" NOT NULL,
    "amountJpy" BIGINT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "activityId" TEXT,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpendingLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ReportIndicators" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ReportIndicators_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "PlanIndicator_planId_position_idx" ON "PlanIndicator"("planId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorActual_indicatorId_fiscalYear_key" ON "IndicatorActual"("indicatorId", "fiscalYear");

-- CreateIndex
CREATE UNIQUE INDEX "AfterActionReport_activityId_key" ON "AfterActionReport"("activityId");

-- CreateIndex
CREATE INDEX "FollowUpAction_reportId_position_idx" ON "FollowUpAction"("reportId", "position");

-- CreateIndex
CREATE INDEX "FollowUpAction_closedOn_dueDate_idx" ON "FollowUpAction"("closedOn", "dueDate");

-- CreateIndex
CREATE INDEX "PartnerFeedback_stateCode_idx" ON "PartnerFeedback"("stateCode");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerFeedback_activityId_stateCode_key" ON "PartnerFeedback"("activityId", "stateCode");

-- CreateIndex
CREATE INDEX "SpendingLine_planId_fiscalYear_idx" ON "SpendingLine"("planId", "fiscalYear");

-- CreateIndex
CREATE INDEX "SpendingLine_activityId_idx" ON "SpendingLine"("activityId");

-- CreateIndex
CREATE INDEX "_ReportIndicators_B_index" ON "_ReportIndicators"("B");

-- AddForeignKey
ALTER TABLE "PlanIndicator" ADD CONSTRAINT "PlanIndicator_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProgramPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "PlanIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorActual" ADD CONSTRAINT "IndicatorActual_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "PlanIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorActual" ADD CONSTRAINT "IndicatorActual_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AfterActionReport" ADD CONSTRAINT "AfterActionReport_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AfterActionReport" ADD CONSTRAINT "AfterActionReport_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAction" ADD CONSTRAINT "FollowUpAction_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AfterActionReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerFeedback" ADD CONSTRAINT "PartnerFeedback_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerFeedback" ADD CONSTRAINT "PartnerFeedback_stateCode_fkey" FOREIGN KEY ("stateCode") REFERENCES "PartnerState"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerFeedback" ADD CONSTRAINT "PartnerFeedback_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendingLine" ADD CONSTRAINT "SpendingLine_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProgramPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendingLine" ADD CONSTRAINT "SpendingLine_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendingLine" ADD CONSTRAINT "SpendingLine_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ReportIndicators" ADD CONSTRAINT "_ReportIndicators_A_fkey" FOREIGN KEY ("A") REFERENCES "AfterActionReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ReportIndicators" ADD CONSTRAINT "_ReportIndicators_B_fkey" FOREIGN KEY ("B") REFERENCES "PlanIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Integrity the schema language cannot say: ratings 1-5, no negative yen.
ALTER TABLE "PartnerFeedback" ADD CONSTRAINT "PartnerFeedback_usefulness_check" CHECK ("usefulness" BETWEEN 1 AND 5);
ALTER TABLE "PartnerFeedback" ADD CONSTRAINT "PartnerFeedback_fit_check" CHECK ("fit" BETWEEN 1 AND 5);
ALTER TABLE "SpendingLine" ADD CONSTRAINT "SpendingLine_amountJpy_check" CHECK ("amountJpy" >= 0);
