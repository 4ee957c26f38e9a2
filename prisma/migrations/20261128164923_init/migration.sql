-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'PLANNER', 'LIAISON');

-- CreateEnum
CREATE TYPE "ProgramKind" AS ENUM ('MULTILATERAL', 'BILATERAL');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SHARED', 'IN_REVIEW', 'APPROVED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('SEMINAR', 'TRAINING', 'EXERCISE', 'COURSE', 'VISIT', 'EQUIPMENT_HANDOVER', 'MEETING', 'OTHER');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'CONFIRMED', 'CONDUCTED', 'POSTPONED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('HOST', 'PARTICIPANT', 'OBSERVER');

-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('PENDING', 'DONE', 'DELAYED');

-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('SUBMITTED', 'ACKNOWLEDGED', 'ADDRESSED', 'DECLINED');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "FrameworkKind" AS ENUM ('MINISTERIAL', 'WORKING_GROUP', 'FORUM');

-- CreateTable
CREATE TABLE "End" (
    "code" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleJa" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionJa" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "End_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Principle" (
    "code" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleJa" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionJa" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Principle_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Approach" (
    "code" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleJa" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionJa" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Approach_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "KeyArea" (
    "code" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleJa" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionJa" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KeyArea_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Means" (
    "code" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleJa" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionJa" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Means_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Framework" (
    "code" TEXT NOT NULL,
    "kind" "FrameworkKind" NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionJa" TEXT NOT NULL,
    "parentCode" TEXT,
    "establishedOn" DATE,
    "sortOrder" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "PartnerState" (
    "code" TEXT NOT NULL,
    "iso3" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "isAsean" BOOLEAN NOT NULL,
    "aseanMemberSince" DATE,
    "admmPlus" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerState_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" TEXT NOT NULL,
    "kind" "ProgramKind" NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "descriptionJa" TEXT NOT NULL DEFAULT '',
    "partnerStateCode" TEXT,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramPlan" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "firstFiscalYear" INTEGER NOT NULL,
    "lastFiscalYear" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "supersedesId" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "sustainment" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "returnReason" TEXT,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "ProgramPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanYear" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlanYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanObjective" (
    "id" TEXT NOT NULL,
    "planYearId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlanObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "planYearId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "MilestoneStatus" NOT NULL DEFAULT 'PENDING',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "planYearId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "amountJpy" BIGINT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationRecord" (
    "id" TEXT NOT NULL,
    "planId" TEXT,
    "activityId" TEXT,
    "heldOn" DATE NOT NULL,
    "counterpart" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "planId" TEXT,
    "kind" "ActivityKind" NOT NULL,
    "title" TEXT NOT NULL,
    "titleJa" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "hostStateCode" TEXT,
    "frameworkCode" TEXT,
    "status" "ActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "outcomes" TEXT NOT NULL DEFAULT '',
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityParticipant" (
    "activityId" TEXT NOT NULL,
    "stateCode" TEXT NOT NULL,
    "role" "ParticipantRole" NOT NULL DEFAULT 'PARTICIPANT',
    "participantCount" INTEGER,

    CONSTRAINT "ActivityParticipant_pkey" PRIMARY KEY ("activityId","stateCode")
);

-- CreateTable
CREATE TABLE "ActivityNonInvitation" (
    "activityId" TEXT NOT NULL,
    "stateCode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "ActivityNonInvitation_pkey" PRIMARY KEY ("activityId","stateCode")
);

-- CreateTable
CREATE TABLE "PartnerNeed" (
    "id" TEXT NOT NULL,
    "stateCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "keyAreaCode" TEXT NOT NULL,
    "priority" "Priority" NOT NULL DEFAULT 'MEDIUM',
    "status" "NeedStatus" NOT NULL DEFAULT 'SUBMITTED',
    "declineReason" TEXT,
    "submittedById" TEXT,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanComment" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "stateCode" TEXT,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_EndToProgram" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_EndToProgram_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ApproachToProgram" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ApproachToProgram_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_KeyAreaToProgram" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_KeyAreaToProgram_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MeansToProgram" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MeansToProgram_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_FrameworkToProgram" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FrameworkToProgram_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ProgramPartnerStates" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ProgramPartnerStates_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PlanSharedWith" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PlanSharedWith_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ActivityToMeans" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ActivityToMeans_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ActivityToKeyArea" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ActivityToKeyArea_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_NeedActivities" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NeedActivities_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_NeedPlans" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NeedPlans_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerState_iso3_key" ON "PartnerState"("iso3");

-- CreateIndex
CREATE INDEX "PartnerState_isAsean_idx" ON "PartnerState"("isAsean");

-- CreateIndex
CREATE INDEX "Program_kind_idx" ON "Program"("kind");

-- CreateIndex
CREATE INDEX "Program_partnerStateCode_idx" ON "Program"("partnerStateCode");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramPlan_supersedesId_key" ON "ProgramPlan"("supersedesId");

-- CreateIndex
CREATE INDEX "ProgramPlan_programId_idx" ON "ProgramPlan"("programId");

-- CreateIndex
CREATE INDEX "ProgramPlan_status_idx" ON "ProgramPlan"("status");

-- CreateIndex
CREATE INDEX "ProgramPlan_firstFiscalYear_lastFiscalYear_idx" ON "ProgramPlan"("firstFiscalYear", "lastFiscalYear");

-- CreateIndex
CREATE UNIQUE INDEX "PlanYear_planId_fiscalYear_key" ON "PlanYear"("planId", "fiscalYear");

-- CreateIndex
CREATE INDEX "PlanObjective_planYearId_position_idx" ON "PlanObjective"("planYearId", "position");

-- CreateIndex
CREATE INDEX "Milestone_planYearId_idx" ON "Milestone"("planYearId");

-- CreateIndex
CREATE INDEX "BudgetLine_planYearId_idx" ON "BudgetLine"("planYearId");

-- CreateIndex
CREATE INDEX "ConsultationRecord_planId_idx" ON "ConsultationRecord"("planId");

-- CreateIndex
CREATE INDEX "ConsultationRecord_activityId_idx" ON "ConsultationRecord"("activityId");

-- CreateIndex
CREATE INDEX "Activity_fiscalYear_startDate_idx" ON "Activity"("fiscalYear", "startDate");

-- CreateIndex
CREATE INDEX "Activity_programId_startDate_idx" ON "Activity"("programId", "startDate");

-- CreateIndex
CREATE INDEX "Activity_planId_idx" ON "Activity"("planId");

-- CreateIndex
CREATE INDEX "Activity_status_idx" ON "Activity"("status");

-- CreateIndex
CREATE INDEX "Activity_startDate_idx" ON "Activity"("startDate");

-- CreateIndex
CREATE INDEX "Activity_hostStateCode_idx" ON "Activity"("hostStateCode");

-- CreateIndex
CREATE INDEX "ActivityParticipant_stateCode_activityId_idx" ON "ActivityParticipant"("stateCode", "activityId");

-- CreateIndex
CREATE INDEX "PartnerNeed_stateCode_status_idx" ON "PartnerNeed"("stateCode", "status");

-- CreateIndex
CREATE INDEX "PartnerNeed_status_idx" ON "PartnerNeed"("status");

-- CreateIndex
CREATE INDEX "PlanComment_planId_createdAt_idx" ON "PlanComment"("planId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_at_idx" ON "AuditEvent"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "_EndToProgram_B_index" ON "_EndToProgram"("B");

-- CreateIndex
CREATE INDEX "_ApproachToProgram_B_index" ON "_ApproachToProgram"("B");

-- CreateIndex
CREATE INDEX "_KeyAreaToProgram_B_index" ON "_KeyAreaToProgram"("B");

-- CreateIndex
CREATE INDEX "_MeansToProgram_B_index" ON "_MeansToProgram"("B");

-- CreateIndex
CREATE INDEX "_FrameworkToProgram_B_index" ON "_FrameworkToProgram"("B");

-- CreateIndex
CREATE INDEX "_ProgramPartnerStates_B_index" ON "_ProgramPartnerStates"("B");

-- CreateIndex
CREATE INDEX "_PlanSharedWith_B_index" ON "_PlanSharedWith"("B");

-- CreateIndex
CREATE INDEX "_ActivityToMeans_B_index" ON "_ActivityToMeans"("B");

-- CreateIndex
CREATE INDEX "_ActivityToKeyArea_B_index" ON "_ActivityToKeyArea"("B");

-- CreateIndex
CREATE INDEX "_NeedActivities_B_index" ON "_NeedActivities"("B");

-- CreateIndex
CREATE INDEX "_NeedPlans_B_index" ON "_NeedPlans"("B");

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Framework"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_partnerStateCode_fkey" FOREIGN KEY ("partnerStateCode") REFERENCES "PartnerState"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramPlan" ADD CONSTRAINT "ProgramPlan_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramPlan" ADD CONSTRAINT "ProgramPlan_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "ProgramPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramPlan" ADD CONSTRAINT "ProgramPlan_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramPlan" ADD CONSTRAINT "ProgramPlan_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramPlan" ADD CONSTRAINT "ProgramPlan_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanYear" ADD CONSTRAINT "PlanYear_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProgramPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanObjective" ADD CONSTRAINT "PlanObjective_planYearId_fkey" FOREIGN KEY ("planYearId") REFERENCES "PlanYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_planYearId_fkey" FOREIGN KEY ("planYearId") REFERENCES "PlanYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_planYearId_fkey" FOREIGN KEY ("planYearId") REFERENCES "PlanYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationRecord" ADD CONSTRAINT "ConsultationRecord_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProgramPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationRecord" ADD CONSTRAINT "ConsultationRecord_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProgramPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_hostStateCode_fkey" FOREIGN KEY ("hostStateCode") REFERENCES "PartnerState"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_frameworkCode_fkey" FOREIGN KEY ("frameworkCode") REFERENCES "Framework"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_stateCode_fkey" FOREIGN KEY ("stateCode") REFERENCES "PartnerState"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityNonInvitation" ADD CONSTRAINT "ActivityNonInvitation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityNonInvitation" ADD CONSTRAINT "ActivityNonInvitation_stateCode_fkey" FOREIGN KEY ("stateCode") REFERENCES "PartnerState"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerNeed" ADD CONSTRAINT "PartnerNeed_stateCode_fkey" FOREIGN KEY ("stateCode") REFERENCES "PartnerState"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerNeed" ADD CONSTRAINT "PartnerNeed_keyAreaCode_fkey" FOREIGN KEY ("keyAreaCode") REFERENCES "KeyArea"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerNeed" ADD CONSTRAINT "PartnerNeed_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanComment" ADD CONSTRAINT "PlanComment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProgramPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanComment" ADD CONSTRAINT "PlanComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_stateCode_fkey" FOREIGN KEY ("stateCode") REFERENCES "PartnerState"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EndToProgram" ADD CONSTRAINT "_EndToProgram_A_fkey" FOREIGN KEY ("A") REFERENCES "End"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EndToProgram" ADD CONSTRAINT "_EndToProgram_B_fkey" FOREIGN KEY ("B") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ApproachToProgram" ADD CONSTRAINT "_ApproachToProgram_A_fkey" FOREIGN KEY ("A") REFERENCES "Approach"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ApproachToProgram" ADD CONSTRAINT "_ApproachToProgram_B_fkey" FOREIGN KEY ("B") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_KeyAreaToProgram" ADD CONSTRAINT "_KeyAreaToProgram_A_fkey" FOREIGN KEY ("A") REFERENCES "KeyArea"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_KeyAreaToProgram" ADD CONSTRAINT "_KeyAreaToProgram_B_fkey" FOREIGN KEY ("B") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MeansToProgram" ADD CONSTRAINT "_MeansToProgram_A_fkey" FOREIGN KEY ("A") REFERENCES "Means"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MeansToProgram" ADD CONSTRAINT "_MeansToProgram_B_fkey" FOREIGN KEY ("B") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FrameworkToProgram" ADD CONSTRAINT "_FrameworkToProgram_A_fkey" FOREIGN KEY ("A") REFERENCES "Framework"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FrameworkToProgram" ADD CONSTRAINT "_FrameworkToProgram_B_fkey" FOREIGN KEY ("B") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProgramPartnerStates" ADD CONSTRAINT "_ProgramPartnerStates_A_fkey" FOREIGN KEY ("A") REFERENCES "PartnerState"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProgramPartnerStates" ADD CONSTRAINT "_ProgramPartnerStates_B_fkey" FOREIGN KEY ("B") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PlanSharedWith" ADD CONSTRAINT "_PlanSharedWith_A_fkey" FOREIGN KEY ("A") REFERENCES "PartnerState"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PlanSharedWith" ADD CONSTRAINT "_PlanSharedWith_B_fkey" FOREIGN KEY ("B") REFERENCES "ProgramPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActivityToMeans" ADD CONSTRAINT "_ActivityToMeans_A_fkey" FOREIGN KEY ("A") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActivityToMeans" ADD CONSTRAINT "_ActivityToMeans_B_fkey" FOREIGN KEY ("B") REFERENCES "Means"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActivityToKeyArea" ADD CONSTRAINT "_ActivityToKeyArea_A_fkey" FOREIGN KEY ("A") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActivityToKeyArea" ADD CONSTRAINT "_ActivityToKeyArea_B_fkey" FOREIGN KEY ("B") REFERENCES "KeyArea"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NeedActivities" ADD CONSTRAINT "_NeedActivities_A_fkey" FOREIGN KEY ("A") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NeedActivities" ADD CONSTRAINT "_NeedActivities_B_fkey" FOREIGN KEY ("B") REFERENCES "PartnerNeed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NeedPlans" ADD CONSTRAINT "_NeedPlans_A_fkey" FOREIGN KEY ("A") REFERENCES "PartnerNeed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NeedPlans" ADD CONSTRAINT "_NeedPlans_B_fkey" FOREIGN KEY ("B") REFERENCES "ProgramPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
