"use client";

// A fiscal year's objectives, in order (rule T2 wants at least one).
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { listEdits } from "@/components/list-edits";
import type { YearListProps } from "@/components/plan-editor/plan-fields";

export function YearObjectives({ year, path, label, errors, changeYear, invalid }: YearListProps) {
  const t = useTranslations("planEditor");
  const edits = listEdits<(typeof year.objectives)[number]>((edit) => changeYear((y) => ({ ...y, objectives: edit(y.objectives) })));
  return (
    <fieldset className="mt-3" {...invalid}>
      <legend className="font-medium">{t("objectives")}</legend>
      <ol className="space-y-2">
        {year.objectives.map((objective, i) => (
          <li key={i} className="flex flex-wrap items-end gap-2">
            <Field
              id={`fy${year.fiscalYear}-objective-${i}`}
              label={`${label} ${t("objective", { n: i + 1 })}`}
              errors={errors(`${path}.objectives.${i}.text`)}
              className="min-w-64 flex-1"
            >
              {(props) => (
                <input
                  {...props}
                  value={objective.text}
                  maxLength={1000}
                  onChange={(e) => edits.update(i, { text: e.target.value })}
                  className={inputClass}
                />
              )}
            </Field>
            <Button disabled={i === 0} aria-label={`${t("moveUp")}: ${t("objective", { n: i + 1 })}`} onClick={() => edits.move(i, -1)}>
              ↑
            </Button>
            <Button
              disabled={i === year.objectives.length - 1}
              aria-label={`${t("moveDown")}: ${t("objective", { n: i + 1 })}`}
              onClick={() => edits.move(i, 1)}
            >
              ↓
            </Button>
            <Button aria-label={`${t("remove")}: ${t("objective", { n: i + 1 })}`} onClick={() => edits.remove(i)}>
              {t("remove")}
            </Button>
          </li>
        ))}
      </ol>
      <Button className="mt-2" aria-label={`${t("addObjective")} (${label})`} onClick={() => edits.add({ text: "" })}>
        {t("addObjective")}
      </Button>
    </fieldset>
  );
}
