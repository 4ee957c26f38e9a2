"use client";

// The spending categories as a select, in the reader's language: a budget line's (plan editor) and a
// spending line's (spending page). Takes the field's props (id, aria-invalid, aria-describedby).
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { SPENDING_CATEGORIES, type SpendingCategory } from "@/lib/domain/spending";

export function CategorySelect({
  value,
  onChange,
  ...props
}: { id: string; "aria-invalid"?: true; "aria-describedby"?: string } & {
  value: SpendingCategory;
  onChange: (category: SpendingCategory) => void;
}) {
  const tc = useTranslations("spending.categories");
  return (
    <select {...props} value={value} onChange={(e) => onChange(e.target.value as SpendingCategory)} className={inputClass}>
      {SPENDING_CATEGORIES.map((category) => (
        <option key={category} value={category}>
          {tc(category)}
        </option>
      ))}
    </select>
  );
}
