// Rows that raw SQL returns as JSON (json_build_object, json_agg): PostgreSQL writes a `date` as
// "2024-05-01" and a `timestamp(3)` (Prisma's DateTime, kept in UTC) as "2024-05-01T09:30:00.123",
// without a zone. These read them back as the Date Prisma itself would return.

/** A `date` or `timestamp` column's JSON text as a Date (UTC, as Prisma reads it). */
export function jsonDate(text: string): Date {
  return new Date(text.length === 10 ? `${text}T00:00:00Z` : `${text}Z`);
}

export function jsonDateOrNull(text: string | null): Date | null {
  return text === null ? null : jsonDate(text);
}
