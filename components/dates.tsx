import { getFormatter } from "next-intl/server";
import { CALENDAR_DATE } from "@/lib/i18n/format";

/** A calendar date stored as @db.Date. */
export async function DateText({ value }: { value: Date }) {
  const format = await getFormatter();
  return <time dateTime={value.toISOString().slice(0, 10)}>{format.dateTime(value, CALENDAR_DATE)}</time>;
}

export async function DateRange({ start, end }: { start: Date; end: Date }) {
  const format = await getFormatter();
  const same = start.getTime() === end.getTime();
  return (
    <time dateTime={start.toISOString().slice(0, 10)}>
      {same ? format.dateTime(start, CALENDAR_DATE) : format.dateTimeRange(start, end, CALENDAR_DATE)}
    </time>
  );
}

/** A moment (not a calendar date): shown in the portal's time zone (Japan), with the zone named. */
export async function DateTimeText({ value }: { value: Date }) {
  const format = await getFormatter();
  return <time dateTime={value.toISOString()}>{format.dateTime(value, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" })}</time>;
}
