import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { StateCountsView } from "@/components/insights/state-counts-table";
import { nameOf } from "@/lib/i18n/localized";
import { regionMap } from "@/lib/map/region-map";

const HALO = { stroke: "#ffffff", strokeWidth: 6, paintOrder: "stroke", strokeLinejoin: "round" } as const;

/**
 * Southeast Asia with each ASEAN member state shaded by its number of activities. Each state is one
 * link (shape and, for Singapore, its marker) named for screen readers with its count; the labels
 * repeat the links for the mouse only (hidden from assistive technology, out of the tab order), and
 * are drawn last so that no neighbouring shape covers them.
 */
export async function RegionMapSvg({ states, scale, range, hrefFor }: StateCountsView) {
  const [t, format, locale] = await Promise.all([getTranslations("insights.map"), getFormatter(), getLocale()]);
  const map = regionMap();
  const counts = new Map(states.map((state) => [state.code, state]));
  // Marked states last: their marker must lie on top of the neighbours' shapes.
  const shapes = [...map.states]
    .filter((shape) => counts.has(shape.code))
    .sort((a, b) => Number(a.marker !== null) - Number(b.marker !== null));
  return (
    <svg
      viewBox={`0 0 ${map.width} ${map.height}`}
      role="group"
      aria-label={t("caption", { range })}
      className="h-auto w-full"
      data-testid="region-map"
    >
      <rect width={map.width} height={map.height} fill="#f8fafc" aria-hidden="true" />
      <path d={map.neighbours} fill="#e2e8f0" stroke="#cbd5e1" strokeWidth={1} aria-hidden="true" />
      {/* Each outline once, drawn twice: a dark stroke underneath shows along the coasts, white
          strokes on top separate neighbours, so borders stay visible on the darkest shades too. */}
      <defs>
        {shapes.map((shape) => (
          <path key={shape.code} id={`map-${shape.code}`} d={shape.d} />
        ))}
      </defs>
      <g aria-hidden="true" fill="none" stroke="#475569" strokeWidth={3} strokeLinejoin="round">
        {shapes.map((shape) => (
          <use key={shape.code} href={`#map-${shape.code}`} />
        ))}
      </g>
      {shapes.map((shape) => {
        const state = counts.get(shape.code)!;
        const fill = scale.shadeOf(state.count).fill;
        return (
          <a
            key={shape.code}
            href={hrefFor(shape.code)}
            aria-label={t("stateLabel", { state: nameOf(locale, state), count: state.count, range })}
            className="group"
            data-state={shape.code}
          >
            <use
              href={`#map-${shape.code}`}
              fill={fill}
              stroke="#ffffff"
              strokeWidth={1.5}
              strokeLinejoin="round"
              className="group-hover:stroke-[#0f172a] group-hover:stroke-3 group-focus-visible:stroke-[#0f172a] group-focus-visible:stroke-5"
            />
            {shape.marker ? (
              <circle
                cx={shape.marker[0]}
                cy={shape.marker[1]}
                r={9}
                fill={fill}
                stroke="#0f172a"
                strokeWidth={2.5}
                className="group-hover:stroke-4 group-focus-visible:stroke-5"
                data-testid={`marker-${shape.code}`}
              />
            ) : null}
          </a>
        );
      })}
      <g aria-hidden="true">
        {shapes.map((shape) => {
          const state = counts.get(shape.code)!;
          const [x, y] = shape.label;
          return (
            <a key={shape.code} href={hrefFor(shape.code)} tabIndex={-1}>
              {shape.leader ? (
                <line x1={x} y1={y + 8} x2={shape.leader[0]} y2={shape.leader[1]} stroke="#334155" strokeWidth={1.5} />
              ) : null}
              <text x={x} y={y} textAnchor="middle" fill="#0f172a" {...HALO}>
                <tspan x={x} fontSize={21}>
                  {nameOf(locale, state)}
                </tspan>
                <tspan x={x} dy={25} fontSize={24} fontWeight={700}>
                  {format.number(state.count)}
                </tspan>
              </text>
            </a>
          );
        })}
      </g>
    </svg>
  );
}
