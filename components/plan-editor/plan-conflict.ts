"use client";

// The conflict table of the plan editor: the plan in words, one entry per field and per fiscal year,
// and the entries where the saved plan and the user's differ.
import { useLocale, useTranslations } from "next-intl";
import type { NeedOption, Values } from "@/components/plan-editor/plan-fields";
import { conflictRows, type ConflictRow } from "@/components/save-feedback";
import { fiscalYearLabel } from "@/lib/fiscal-year";

export function usePlanConflictRows(theirs: Values | null, yours: Values, needOptions: NeedOption[]): ConflictRow[] {
  const t = useTranslations("planEditor");
  const tc = useTranslations("editor");
  const te = useTranslations("enums");
  const locale = useLocale();
  const tcat = useTranslations("spending.categories");
  const ti = useTranslations("indicators.editor");
  if (!theirs) return [];
  const comparable = (plan: Values): Record<string, string> => ({
    title: plan.title,
    firstFiscalYear: fiscalYearLabel(plan.firstFiscalYear, locale),
    lastFiscalYear: fiscalYearLabel(plan.lastFiscalYear, locale),
    summary: plan.summary,
    sustainment: plan.sustainment,
    needs: plan.needIds.map((id) => needOptions.find((need) => need.id === id)?.label ?? id).join("\n"),
    consultations: plan.consultations.map((c) => `${c.heldOn} ${c.counterpart}${c.summary ? `: ${c.summary}` : ""}`).join("\n"),
    indicators: plan.indicators
      .map(
        (i) =>
          `${i.titleEn} / ${i.titleJa} (${i.unit}): ${i.baselineValue || "—"}${i.baselineDate ? ` @ ${i.baselineDate}` : ""} → ` +
          i.targets.map((target) => `${fiscalYearLabel(target.fiscalYear)} ${target.value}`).join(", "),
      )
      .join("\n"),
    ...Object.fromEntries(
      plan.years.map((year) => [
        `years.${year.fiscalYear}`,
        [
          ...year.objectives.map((o) => `• ${o.text}`),
          ...year.milestones.map((m) => `◆ ${m.title} (${m.dueDate}, ${te(`milestoneStatus.${m.status}`)})`),
          ...year.budgetLines.map((b) => `¥ ${b.label} (${tcat(b.category)}): ${b.amountJpy}`),
        ].join("\n"),
      ]),
    ),
  });
  const [a, b] = [comparable(theirs), comparable(yours)];
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const label = (field: string) =>
    field.startsWith("years.")
      ? fiscalYearLabel(Number(field.slice("years.".length)), locale)
      : field === "indicators"
        ? ti("title")
        : t(field as "title");
  return conflictRows(a, b, fields, label, (_, value) => (typeof value === "string" && value ? value : tc("none")));
}
