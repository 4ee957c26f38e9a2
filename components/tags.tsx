// A labelled list of short items (key areas, means, states) shown as chips.
export function Tags({ label, items }: { label: string; items: { key: string; text: string }[] }) {
  return (
    <div>
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 flex flex-wrap gap-1">
        {items.length ? (
          items.map((item) => (
            <span key={item.key} className="rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800 ring-1 ring-inset ring-brand-100">
              {item.text}
            </span>
          ))
        ) : (
          <span className="text-sm text-slate-600">—</span>
        )}
      </dd>
    </div>
  );
}
