// Stored dates are calendar dates (UTC midnight): format them in UTC so that no time zone shifts
// them by a day.
export const CALENDAR_DATE = { dateStyle: "medium", timeZone: "UTC" } as const;
