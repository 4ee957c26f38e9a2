/** A calendar date (a @db.Date column, read as midnight UTC) as YYYY-MM-DD, as forms, files and audit records show it. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
