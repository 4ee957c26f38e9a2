"use client";

// A program's kind as radio buttons, each with what it means (multilateral: every ASEAN member;
// bilateral: one partner state).
import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/ui/field";
import { PROGRAM_KINDS } from "@/lib/domain/enums";

export function ProgramKindField({
  id,
  kind: value,
  onChange,
  errors,
}: {
  id: string;
  kind: string;
  onChange: (kind: string) => void;
  errors?: string[];
}) {
  const t = useTranslations("programEditor");
  const te = useTranslations("enums");
  return (
    <fieldset aria-describedby={errors ? `${id}-errors` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t("fields.kind")}</legend>
      <ul className="mt-1 space-y-1">
        {PROGRAM_KINDS.map((kind) => (
          <li key={kind} className="flex items-start gap-2 text-sm">
            <input
              id={`${id}-${kind}`}
              type="radio"
              name="kind"
              value={kind}
              className="mt-0.5 h-4 w-4"
              checked={value === kind}
              onChange={() => onChange(kind)}
              aria-describedby={`${id}-${kind}-hint`}
            />
            <span>
              <label htmlFor={`${id}-${kind}`}>{te(`programKind.${kind}`)}</label>
              <span id={`${id}-${kind}-hint`} className="block text-xs text-slate-600">
                {t(`kindHint.${kind}`)}
              </span>
            </span>
          </li>
        ))}
      </ul>
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </fieldset>
  );
}
