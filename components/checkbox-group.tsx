"use client";

// A labelled group of checkboxes for a list of codes (means, key areas, needs...): a fieldset whose
// legend names the field, with the field's errors beside it.
import { FieldErrors } from "@/components/ui/field";

export function CheckboxGroup({
  id,
  legend,
  hint,
  options,
  selected,
  onChange,
  errors,
  empty,
}: {
  id: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
  errors?: string[];
  /** Shown instead of the boxes when there is nothing to choose from. */
  empty?: string;
}) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value));
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-errors` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={id} aria-describedby={describedBy} aria-invalid={errors?.length ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {options.length ? (
        <ul className="mt-1 space-y-1">
          {options.map((option) => {
            const boxId = `${id}-${option.value}`;
            return (
              <li key={option.value} className="flex items-start gap-2 text-sm">
                <input
                  id={boxId}
                  type="checkbox"
                  className="mt-0.5 h-4 w-4"
                  checked={selected.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                <label htmlFor={boxId}>{option.label}</label>
              </li>
            );
          })}
        </ul>
      ) : empty ? (
        <p className="mt-1 text-sm text-slate-600">{empty}</p>
      ) : null}
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </fieldset>
  );
}
