"use client";

// A fiscal year's budget lines: what for and how many yen (internal: never shown to partner states).
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { listEdits } from "@/components/list-edits";
import type { Year, YearListProps } from "@/components/plan-editor/plan-fields";
import { CategorySelect } from "@/components/spending/category-select";

export function YearBudgetLines({ year, path, label, errors, changeYear }: Omit<YearListProps, "invalid">) {
  const t = useTranslations("planEditor");
  const edits = listEdits<Year["budgetLines"][number]>((edit) => changeYear((y) => ({ ...y, budgetLines: edit(y.budgetLines) })));
  return (
    <fieldset className="mt-4">
      <legend className="font-medium">{t("budget")}</legend>
      <ol className="space-y-2">
        {year.budgetLines.map((line, i) => {
          const base = `fy${year.fiscalYear}-budget-${i}`;
          return (
            <li key={i} className="grid items-end gap-2 md:grid-cols-[1fr_12rem_12rem_auto]">
              <Field id={`${base}-label`} label={`${label} ${t("budgetLabel")} ${i + 1}`} errors={errors(`${path}.budgetLines.${i}.label`)}>
                {(props) => (
                  <input
                    {...props}
                    value={line.label}
                    maxLength={200}
                    onChange={(e) => edits.update(i, { label: e.target.value })}
                    className={inputClass}
                  />
                )}
              </Field>
              <Field
                id={`${base}-category`}
                label={`${label} ${t("budgetCategory")} ${i + 1}`}
                errors={errors(`${path}.budgetLines.${i}.category`)}
              >
                {(props) => <CategorySelect {...props} value={line.category} onChange={(category) => edits.update(i, { category })} />}
              </Field>
              <Field id={`${base}-amount`} label={t("amount")} errors={errors(`${path}.budgetLines.${i}.amountJpy`)}>
                {(props) => (
                  <input
                    {...props}
                    type="number"
                    min={0}
                    step={1}
                    value={line.amountJpy}
                    onChange={(e) => edits.update(i, { amountJpy: Number(e.target.value) })}
                    className={inputClass}
                  />
                )}
              </Field>
              <Button aria-label={`${t("remove")}: ${t("budgetLabel")} ${i + 1} (${label})`} onClick={() => edits.remove(i)}>
                {t("remove")}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button
        className="mt-2"
        aria-label={`${t("addBudgetLine")} (${label})`}
        onClick={() => edits.add({ label: "", category: "OTHER", amountJpy: 0 })}
      >
        {t("addBudgetLine")}
      </Button>
    </fieldset>
  );
}
