import Link from "next/link";
import { useLocale } from "next-intl";
import { DateRange } from "@/components/dates";
import { activityTitle } from "@/lib/i18n/localized";

/**
 * An activity drawn as a bar (the calendar's weeks, the timeline's programs): a link whose text is the
 * full title, cut with an ellipsis on screen but whole as a tooltip and to screen readers, with the
 * dates after it for those who cannot see where the bar lies.
 */
export function ActivityBar({
  item,
  className,
  style,
  before,
  after,
  ...data
}: {
  item: { id: string; title: string; titleJa: string | null; startDate: Date; endDate: Date };
  className: string;
  style: React.CSSProperties;
  before?: React.ReactNode;
  after?: React.ReactNode;
} & { [attribute: `data-${string}`]: string | number }) {
  const title = activityTitle(useLocale(), item);
  return (
    <Link href={`/activities/${item.id}`} title={title} className={className} style={style} {...data}>
      {before}
      <span className="truncate">{title}</span>
      {after}
      <span className="sr-only">
        {" "}
        (<DateRange start={item.startDate} end={item.endDate} />)
      </span>
    </Link>
  );
}
