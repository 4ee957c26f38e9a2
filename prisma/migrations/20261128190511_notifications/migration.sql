-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('PLAN_SHARED', 'PLAN_COMMENT', 'PLAN_APPROVED', 'NEED_STATUS');

-- CreateTable
CREATE TABLE "PlanWatch" (
    "userId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "following" BOOLEAN NOT NULL DEFAULT false,
    "commentsSeenAt" TIMESTAMP(3),

    CONSTRAINT "PlanWatch_pkey" PRIMARY KEY ("userId","planId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "planId" TEXT,
    "needId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanWatch_planId_following_idx" ON "PlanWatch"("planId", "following");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- AddForeignKey
ALTER TABLE "PlanWatch" ADD CONSTRAINT "PlanWatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanWatch" ADD CONSTRAINT "PlanWatch_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProgramPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProgramPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_needId_fkey" FOREIGN KEY ("needId") REFERENCES "PartnerNeed"("id") ON DELETE CASCADE ON UPDATE CASCADE;
