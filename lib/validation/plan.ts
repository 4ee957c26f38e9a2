// Input schemas of the plan editor's actions: shared by the form (client) and the action (server).
import { z } from "zod";
import { LIMITS } from "@/lib/domain/limits";
import { MILESTONE_STATUSES, PLAN_TRANSITIONS } from "@/lib/domain/plan";
import { INDICATOR_DIRECTIONS } from "@/lib/domain/indicators";
import { SPENDING_CATEGORIES } from "@/lib/domain/spending";
import { isoDate, whenValid } from "@/lib/validation/fields";
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

/**
 * A measured value as typed: a number, or text that reads as one ("12.5"); anything else is refused
 * beside its field (an empty required one too); an optional one reads empty as none (null).
 */
const measure = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.trim())) : value),
  z
    .number({ error: msg("indicators.validation.notANumber") })
    .min(-1e12, msg("indicators.validation.notANumber"))
    .max(1e12, msg("indicators.validation.notANumber")),
);
const optionalMeasure = z.preprocess((value) => (value === "" || value === undefined ? null : value), measure.nullable());
const optionalDate = z.preprocess(
  (value) => (value === "" || value === undefined || value === null ? "" : value),
  z.union([z.literal(""), isoDate]),
);

export const indicatorSchema = z.object({
  /** The indicator's id when it exists: it is saved in place, and its actuals kept. */
  id: id.optional(),
  titleEn: required(300),
  titleJa: text(300),
  unit: required(50),
  direction: z.enum(INDICATOR_DIRECTIONS),
  baselineValue: optionalMeasure,
  baselineDate: optionalDate,
  verification: text(1000),
  targets: z
    .array(z.object({ fiscalYear, value: measure }))
    .max(20)
    .refine((targets) => new Set(targets.map((t) => t.fiscalYear)).size === targets.length, msg("duplicateYear")),
});

export type IndicatorInput = z.infer<typeof indicatorSchema>;

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
    // Absent from an older form: no indicators. Each is saved in place by its id.
    indicators: z
      .array(indicatorSchema)
      .max(30)
      .default([])
      .refine((indicators) => {
        const ids = indicators.flatMap((indicator) => (indicator.id ? [indicator.id] : []));
        return new Set(ids).size === ids.length;
      }, msg("indicators.validation.duplicateIndicator")),
  })
  .refine((plan) => plan.lastFiscalYear >= plan.firstFiscalYear, { path: ["lastFiscalYear"], message: msg("spanReversed") })
  .refine((plan) => plan.lastFiscalYear - plan.firstFiscalYear < 20, { path: ["lastFiscalYear"], message: msg("spanTooLong") })
  .refine((plan) => new Set(plan.years.map((year) => year.fiscalYear)).size === plan.years.length, {
    path: ["years"],
    message: msg("duplicateYear"),
  })
  // A target for a year the plan does not span is refused beside that target.
  .superRefine(
    (plan, context) => {
      plan.indicators.forEach((indicator, i) =>
        indicator.targets.forEach((target, j) => {
          if (target.fiscalYear < plan.firstFiscalYear || target.fiscalYear > plan.lastFiscalYear) {
            context.addIssue({
              code: "custom",
              path: ["indicators", i, "targets", j, "fiscalYear"],
              message: msg("indicators.validation.targetOutsideSpan"),
            });
          }
        }),
      );
    },
    whenValid("firstFiscalYear", "lastFiscalYear", "indicators"),
  );

export type PlanInput = z.infer<typeof planSchema>;

/** An actual value of an indicator for a fiscal year, recorded on the plan page. */
export const indicatorActualSchema = z.object({
  indicatorId: id,
  fiscalYear,
  /** The version of the actual the form was based on; 0 for none recorded yet. */
  version: z.coerce
    .number()
    .int()
    .min(0)
    .transform((version) => version || 0), // "-0" is 0
  value: measure,
  measuredOn: isoDate,
  evidence: text(1000),
});

export const revisionSchema = z.object({ planId: id, version: z.coerce.number().int().min(1) });

/** "Copy as a new plan": the plan, and the first fiscal year of the copy (its span keeps its length). */
export const planCopySchema = z.object({
  planId: id,
  firstFiscalYear: z.coerce
    .number({ error: msg("copyFirstYear") })
    .int(msg("copyFirstYear"))
    .min(2000, msg("copyFirstYear"))
    .max(2100, msg("copyFirstYear")),
});

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
