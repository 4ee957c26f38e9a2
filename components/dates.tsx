import { getFormatter } from "next-intl/server";

// Stored dates are calendar dates (UTC midnight): format them in UTC so that no time zone shifts
// them by a day.
export async function DateText({ value }: { value: Date }) {
  const format = await getFormatter();
  return <time dateTime={value.toISOString().slice(0, 10)}>{format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" })}</time>;
}

export async function DateRange({ start, end }: { start: Date; end: Date }) {
  const format = await getFormatter();
  const options = { dateStyle: "medium", timeZone: "UTC" } as const;
  const same = start.getTime() === end.getTime();
  return (
    <time dateTime={start.toISOString().slice(0, 10)}>
      {same ? format.dateTime(start, options) : format.dateTimeRange(start, end, options)}
    </time>
  );
}

export async function DateTimeText({ value }: { value: Date }) {
  const format = await getFormatter();
  return <time dateTime={value.toISOString()}>{format.dateTime(value, { dateStyle: "medium", timeStyle: "short" })}</time>;
}
