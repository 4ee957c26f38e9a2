"use client";

// A fiscal year's milestones: title, due date and status each (rule T2 wants at least one).
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { listEdits } from "@/components/list-edits";
import type { Year, YearListProps } from "@/components/plan-editor/plan-fields";

type Milestone = Year["milestones"][number];

export function YearMilestones({ year, path, label, errors, changeYear, invalid }: YearListProps) {
  const t = useTranslations("planEditor");
  const te = useTranslations("enums");
  const edits = listEdits<Milestone>((edit) => changeYear((y) => ({ ...y, milestones: edit(y.milestones) })));
  return (
    <fieldset className="mt-4" {...invalid}>
      <legend className="font-medium">{t("milestones")}</legend>
      <ol className="space-y-2">
        {year.milestones.map((milestone, i) => {
          const base = `fy${year.fiscalYear}-milestone-${i}`;
          return (
            <li key={i} className="grid items-end gap-2 md:grid-cols-[1fr_10rem_9rem_auto]">
              <Field
                id={`${base}-title`}
                label={`${label} ${t("milestoneTitle")} ${i + 1}`}
                errors={errors(`${path}.milestones.${i}.title`)}
              >
                {(props) => (
                  <input
                    {...props}
                    value={milestone.title}
                    maxLength={300}
                    onChange={(e) => edits.update(i, { title: e.target.value })}
                    className={inputClass}
                  />
                )}
              </Field>
              <Field id={`${base}-due`} label={t("dueDate")} errors={errors(`${path}.milestones.${i}.dueDate`)}>
                {(props) => (
                  <input
                    {...props}
                    type="date"
                    value={milestone.dueDate}
                    onChange={(e) => edits.update(i, { dueDate: e.target.value })}
                    className={inputClass}
                  />
                )}
              </Field>
              <Field id={`${base}-status`} label={t("status")}>
                {(props) => (
                  <select
                    {...props}
                    value={milestone.status}
                    onChange={(e) => edits.update(i, { status: e.target.value as Milestone["status"] })}
                    className={inputClass}
                  >
                    {(["PENDING", "DONE", "DELAYED"] as const).map((s) => (
                      <option key={s} value={s}>
                        {te(`milestoneStatus.${s}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Button aria-label={`${t("remove")}: ${t("milestoneTitle")} ${i + 1} (${label})`} onClick={() => edits.remove(i)}>
                {t("remove")}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button
        className="mt-2"
        aria-label={`${t("addMilestone")} (${label})`}
        onClick={() => edits.add({ title: "", dueDate: "", status: "PENDING" })}
      >
        {t("addMilestone")}
      </Button>
    </fieldset>
  );
}
