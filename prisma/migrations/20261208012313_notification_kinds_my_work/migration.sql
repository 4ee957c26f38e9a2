-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'NEED_SUBMITTED';
ALTER TYPE "NotificationKind" ADD VALUE 'PLAN_SUBMITTED';
ALTER TYPE "NotificationKind" ADD VALUE 'PLAN_RETURNED';
ALTER TYPE "NotificationKind" ADD VALUE 'MILESTONE_DUE';
ALTER TYPE "NotificationKind" ADD VALUE 'MILESTONE_LATE';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "dedupeKey" TEXT;

-- CreateIndex
CREATE INDEX "ProgramPlan_authorId_idx" ON "ProgramPlan"("authorId");

-- CreateIndex
CREATE INDEX "Milestone_dueDate_idx" ON "Milestone"("dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");
