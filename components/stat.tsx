// One figure of a dashboard's summary; rendered inside a <dl>.
export function Stat({ label, value, href }: { label: string; value: number | string; href?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
        {href ? (
          <a href={href} aria-label={`${label}: ${value}`} className="link no-underline hover:underline">
            {value}
          </a>
        ) : (
          value
        )}
      </dd>
    </div>
  );
}
