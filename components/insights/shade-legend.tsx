import { getFormatter, getTranslations } from "next-intl/server";
import clsx from "clsx";
import type { ShadeScale } from "@/lib/map/shading";

/** What each shade of the matrix or the map stands for, and how the steps were cut. */
export async function ShadeLegend({ scale }: { scale: ShadeScale }) {
  const [t, format] = await Promise.all([getTranslations("insights.legend"), getFormatter()]);
  const label = (from: number, to: number) =>
    to === 0
      ? t("none")
      : from === to
        ? t("one", { value: format.number(from) })
        : t("range", { from: format.number(from), to: format.number(to) });
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700" data-testid="shade-legend">
      <span className="font-medium text-slate-800">{t("title")}</span>
      <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={t("title")}>
        {scale.ranges.map(({ shade, from, to }) => (
          <li key={from} className="flex items-center gap-1.5 tabular-nums">
            <span aria-hidden="true" className={clsx("inline-block h-4 w-6 rounded-sm border border-slate-400", shade.className)} />
            {label(from, to)}
          </li>
        ))}
      </ul>
      <span className="text-xs text-slate-600">{t(scale.method === "equal" ? "quarters" : scale.method)}</span>
    </div>
  );
}
