// Plain descriptions of the seeded records, independent of Prisma's input types: the data modules
// build them, prisma/seed/write.ts turns them into rows.
import type {
  ActivityKind,
  ActivityStatus,
  MilestoneStatus,
  NeedStatus,
  ParticipantRole,
  PlanStatus,
  Priority,
  ProgramKind,
  Role,
} from "@/generated/prisma/client";

export interface ProgramSeed {
  id: string;
  kind: ProgramKind;
  nameEn: string;
  nameJa: string;
  descriptionEn: string;
  descriptionJa: string;
  partnerStateCode: string | null;
  partnerStates: string[];
  ends: string[];
  approaches: string[];
  keyAreas: string[];
  means: string[];
  frameworks: string[];
  illustrative: boolean;
  source: string | null;
}

export interface ConsultationSeed {
  id: string;
  heldOn: Date;
  counterpart: string;
  summary: string;
}

export interface ActivitySeed {
  id: string;
  programId: string;
  planId: string | null;
  kind: ActivityKind;
  title: string;
  titleJa: string | null;
  description: string;
  startDate: Date;
  endDate: Date;
  location: string;
  hostStateCode: string | null;
  means: string[];
  keyAreas: string[];
  frameworkCode: string | null;
  status: ActivityStatus;
  outcomes: string;
  participants: { stateCode: string; role: ParticipantRole; participantCount: number | null }[];
  nonInvitations: { stateCode: string; reason: string }[];
  consultations: ConsultationSeed[];
  illustrative: boolean;
  source: string | null;
}

export interface PlanYearSeed {
  fiscalYear: number;
  objectives: string[];
  milestones: { title: string; dueDate: Date; status: MilestoneStatus }[];
  budget: { label: string; amountJpy: bigint }[];
}

export interface PlanSeed {
  id: string;
  programId: string;
  title: string;
  firstFiscalYear: number;
  lastFiscalYear: number;
  status: PlanStatus;
  revision: number;
  supersedesId: string | null;
  summary: string;
  sustainment: string;
  authorEmail: string;
  approverEmail: string | null;
  sharedAt: Date | null;
  sharedWith: string[];
  submittedAt: Date | null;
  approvedAt: Date | null;
  returnReason: string | null;
  years: PlanYearSeed[];
  consultations: ConsultationSeed[];
  illustrative: boolean;
  createdAt: Date;
}

export interface NeedSeed {
  id: string;
  stateCode: string;
  title: string;
  description: string;
  keyAreaCode: string;
  priority: Priority;
  status: NeedStatus;
  declineReason: string | null;
  submittedByEmail: string | null;
  planIds: string[];
  activityIds: string[];
  illustrative: boolean;
  createdAt: Date;
}

export interface CommentSeed {
  id: string;
  planId: string;
  authorEmail: string;
  body: string;
  createdAt: Date;
}

export interface UserSeed {
  email: string;
  name: string;
  role: Role;
  stateCode: string | null;
}

export interface DemoData {
  programs: ProgramSeed[];
  plans: PlanSeed[];
  activities: ActivitySeed[];
  needs: NeedSeed[];
  comments: CommentSeed[];
}

/** A calendar date (UTC midnight), as stored in @db.Date columns. */
export function day(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Bad date ${isoDate}`);
  return date;
}
