// Narrow selects shared by the data functions: what a list row or a link needs, nothing more.
import type { Prisma } from "@/generated/prisma/client";

export const stateRef = { code: true, nameEn: true, nameJa: true, isAsean: true } satisfies Prisma.PartnerStateSelect;
export const programRef = { id: true, nameEn: true, nameJa: true, kind: true, illustrative: true } satisfies Prisma.ProgramSelect;
export const codeTitle = { code: true, titleEn: true, titleJa: true } satisfies Prisma.KeyAreaSelect;

export const activityRow = {
  id: true,
  title: true,
  titleJa: true,
  kind: true,
  startDate: true,
  endDate: true,
  fiscalYear: true,
  status: true,
  location: true,
  illustrative: true,
  program: { select: programRef },
  hostState: { select: stateRef },
  keyAreas: { select: { code: true }, orderBy: { sortOrder: "asc" } },
  means: { select: { code: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.ActivitySelect;

export type ActivityRow = Prisma.ActivityGetPayload<{ select: typeof activityRow }>;

/** A plan's own fields as lists show them (planRow adds its program). */
export const planFields = {
  id: true,
  title: true,
  firstFiscalYear: true,
  lastFiscalYear: true,
  status: true,
  revision: true,
  sharedAt: true,
  illustrative: true,
  updatedAt: true,
} satisfies Prisma.ProgramPlanSelect;

export const planRow = { ...planFields, program: { select: programRef } } satisfies Prisma.ProgramPlanSelect;

export type PlanRow = Prisma.ProgramPlanGetPayload<{ select: typeof planRow }>;

export const needRow = {
  id: true,
  title: true,
  priority: true,
  status: true,
  illustrative: true,
  createdAt: true,
  state: { select: stateRef },
  keyArea: { select: codeTitle },
} satisfies Prisma.PartnerNeedSelect;

export type NeedRow = Prisma.PartnerNeedGetPayload<{ select: typeof needRow }>;
