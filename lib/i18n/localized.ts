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
