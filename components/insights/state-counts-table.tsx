import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import clsx from "clsx";
import type { StateCount } from "@/lib/data/insights/reads";
import { nameOf } from "@/lib/i18n/localized";
import type { ShadeScale } from "@/lib/map/shading";

/** What the map and its table show: each state's count, its shading, the years, where a count leads. */
export interface StateCountsView {
  states: StateCount[];
  scale: ShadeScale;
  /** The fiscal years shown, as text ("FY2024–FY2026"). */
  range: string;
  hrefFor: (code: string) => string;
}

/** The map's figures as a table, each count opening the same activities as the state on the map. */
export async function StateCountsTable({ states, scale, range, hrefFor }: StateCountsView) {
  const [t, format, locale] = await Promise.all([getTranslations("insights.map"), getFormatter(), getLocale()]);
  return (
    <table className="w-full border-collapse text-sm" data-testid="state-counts">
      <caption className="mb-2 text-left font-semibold text-slate-900">{t("tableCaption", { range })}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-slate-800">
          <th scope="col" className="py-1.5 pr-2 text-left font-medium">
            {t("stateColumn")}
          </th>
          <th scope="col" className="py-1.5 pl-2 text-right font-medium">
            {t("countColumn")}
          </th>
        </tr>
      </thead>
      <tbody>
        {states.map((state) => (
          <tr key={state.code} className="border-b border-slate-100" data-state={state.code}>
            <th scope="row" className="py-1.5 pr-2 text-left font-normal">
              <span className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className={clsx(
                    "inline-block h-3.5 w-5 shrink-0 rounded-sm border border-slate-400",
                    scale.shadeOf(state.count).className,
                  )}
                />
                {nameOf(locale, state)}
              </span>
            </th>
            <td className="py-1.5 pl-2 text-right tabular-nums">
              {state.count ? (
                <Link
                  href={hrefFor(state.code)}
                  prefetch={false}
                  className="link"
                  aria-label={t("stateLabel", { state: nameOf(locale, state), count: state.count, range })}
                >
                  {format.number(state.count)}
                </Link>
              ) : (
                format.number(0)
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
