// Reference data carries English and Japanese texts side by side; these pick the reader's.
import type { Locale } from "@/i18n/locales";

export function titleOf(locale: string, row: { titleEn: string; titleJa: string }): string {
  return locale === "ja" ? row.titleJa : row.titleEn;
}

export function nameOf(locale: string, row: { nameEn: string; nameJa: string }): string {
  return locale === "ja" ? row.nameJa : row.nameEn;
}

export function descriptionOf(locale: string, row: { descriptionEn: string; descriptionJa: string }): string {
  return locale === "ja" ? row.descriptionJa || row.descriptionEn : row.descriptionEn;
}

/** Activities are written in one language; a Japanese title is optional. */
export function activityTitle(locale: Locale | string, row: { title: string; titleJa: string | null }): string {
  return locale === "ja" && row.titleJa ? row.titleJa : row.title;
}

/** Each row's name by its code, in both languages: for texts that cite records by code (rule messages cite states). */
export function namesByCode(rows: Iterable<{ code: string; nameEn: string; nameJa: string }>): Record<Locale, Record<string, string>> {
  const names: Record<Locale, Record<string, string>> = { en: {}, ja: {} };
  for (const row of rows) {
    names.en[row.code] = row.nameEn;
    names.ja[row.code] = row.nameJa;
  }
  return names;
}
