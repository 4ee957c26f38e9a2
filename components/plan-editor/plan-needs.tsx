"use client";

// The partner needs the plan answers (rule H1: a need or a consultation answers it).
import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/ui/field";
import { groupErrors, type NeedOption } from "@/components/plan-editor/plan-fields";

export function PlanNeeds({
  needIds,
  onChange,
  needOptions,
  messages,
}: {
  needIds: string[];
  onChange: (needIds: string[]) => void;
  needOptions: NeedOption[];
  messages: string[] | undefined;
}) {
  const t = useTranslations("planEditor");
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" {...groupErrors("needs", messages)}>
      <legend className="px-1 text-lg font-semibold">{t("needs")}</legend>
      <FieldErrors id="needs-errors" messages={messages} />
      {needOptions.length ? (
        <ul className="space-y-1">
          {needOptions.map((need) => (
            <li key={need.id}>
              <label className="inline-flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={needIds.includes(need.id)}
                  onChange={(e) => onChange(e.target.checked ? [...needIds, need.id] : needIds.filter((id) => id !== need.id))}
                />
                {need.label}
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("noNeeds")}</p>
      )}
    </fieldset>
  );
}
