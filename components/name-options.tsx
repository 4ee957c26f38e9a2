// The <option>s of a select of records named in both languages (states, programs, frameworks), each
// under the reader's name for it.
import { useLocale } from "next-intl";
import { nameOf } from "@/lib/i18n/localized";

export function NameOptions<T extends { nameEn: string; nameJa: string }>({ rows, valueOf }: { rows: T[]; valueOf: (row: T) => string }) {
  const locale = useLocale();
  return rows.map((row) => (
    <option key={valueOf(row)} value={valueOf(row)}>
      {nameOf(locale, row)}
    </option>
  ));
}
