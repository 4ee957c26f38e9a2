// Input schemas of the plan editor's actions: shared by the form (client) and the action (server).
import { z } from "zod";
import { LIMITS } from "@/lib/domain/limits";
import { MILESTONE_STATUSES, PLAN_TRANSITIONS } from "@/lib/domain/plan";
import { SPENDING_CATEGORIES } from "@/lib/domain/spending";
import { isoDate } from "@/lib/validation/fields";
import { msg } from "@/lib/validation/parse";

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const fiscalYear = z.coerce.number().int().min(2000).max(2100);
const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1, msg("required")).max(max);

const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max).optional());

export const newPlanSchema = z
  .object({
    programId: id,
    title: required(LIMITS.planTitle),
    firstFiscalYear: fiscalYear,
    lastFiscalYear: fiscalYear,
    // A bilateral plan cites its partner's need from the start (H1): a need, or a consultation.
    needId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()),
    consultationOn: z.preprocess((value) => (value === "" ? undefined : value), isoDate.optional()),
    consultationWith: optionalText(300),
  })
  .refine((plan) => (plan.consultationOn === undefined) === (plan.consultationWith === undefined), {
    path: ["consultationWith"],
    message: msg("consultationIncomplete"),
  })
  .refine((plan) => plan.lastFiscalYear >= plan.firstFiscalYear, { path: ["lastFiscalYear"], message: msg("spanReversed") })
  .refine((plan) => plan.lastFiscalYear - plan.firstFiscalYear < 20, { path: ["lastFiscalYear"], message: msg("spanTooLong") });

export const planYearSchema = z.object({
  fiscalYear,
  objectives: z.array(z.object({ text: required(1000) })).max(50),
  milestones: z.array(z.object({ title: required(300), dueDate: isoDate, status: z.enum(MILESTONE_STATUSES) })).max(50),
  budgetLines: z
    .array(
      z.object({
        label: required(200),
        // What it is spent on, to compare with the spending lines (a line saved before categories is OTHER).
        category: z.enum(SPENDING_CATEGORIES).default("OTHER"),
        // Yen, whole: up to a trillion per line is far beyond any real line and safe as a number.
        amountJpy: z.coerce.number().int().min(0).max(1_000_000_000_000),
      }),
    )
    .max(50),
});

export const planSchema = z
  .object({
    version: z.coerce.number().int().min(1),
    title: required(LIMITS.planTitle),
    firstFiscalYear: fiscalYear,
    lastFiscalYear: fiscalYear,
    summary: text(5000),
    sustainment: text(5000),
    years: z.array(planYearSchema).max(20),
    needIds: z
      .array(id)
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, msg("duplicateNeed")),
    consultations: z.array(z.object({ heldOn: isoDate, counterpart: required(300), summary: text(2000) })).max(100),
  })
  .refine((plan) => plan.lastFiscalYear >= plan.firstFiscalYear, { path: ["lastFiscalYear"], message: msg("spanReversed") })
  .refine((plan) => plan.lastFiscalYear - plan.firstFiscalYear < 20, { path: ["lastFiscalYear"], message: msg("spanTooLong") })
  .refine((plan) => new Set(plan.years.map((year) => year.fiscalYear)).size === plan.years.length, {
    path: ["years"],
    message: msg("duplicateYear"),
  });

export type PlanInput = z.infer<typeof planSchema>;

export const revisionSchema = z.object({ planId: id, version: z.coerce.number().int().min(1) });

export const transitionSchema = z
  .object({
    planId: id,
    version: z.coerce.number().int().min(1),
    transition: z.enum(PLAN_TRANSITIONS),
    reason: text(2000).optional(),
  })
  .refine((input) => input.transition !== "returnToDraft" || (input.reason ?? "").length > 0, {
    path: ["reason"],
    message: msg("reasonRequired"),
  });
