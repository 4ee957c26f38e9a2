import { useFormatter, useLocale } from "next-intl";
import { CALENDAR_DATE, calendarRange, isoDate } from "@/lib/i18n/format";

// Plain components with next-intl's useFormatter (it works in server components): lists render one per
// row, and an async component per row would cost each row its own streamed chunk.

/** A calendar date stored as @db.Date. */
export function DateText({ value }: { value: Date }) {
  const format = useFormatter();
  return <time dateTime={isoDate(value)}>{format.dateTime(value, CALENDAR_DATE)}</time>;
}

export function DateRange({ start, end }: { start: Date; end: Date }) {
  const [format, locale] = [useFormatter(), useLocale()];
  return <time dateTime={isoDate(start)}>{calendarRange(format, locale, start, end)}</time>;
}

/** A moment (not a calendar date): shown in the portal's time zone (Japan), with the zone named. */
export function DateTimeText({ value }: { value: Date }) {
  const format = useFormatter();
  return (
    <time dateTime={value.toISOString()}>
      {format.dateTime(value, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZoneName: "short",
      })}
    </time>
  );
}
