export function Stat({ label, value, href }: { label: string; value: number | string; href?: string }) {
  const body = (
    <>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</dd>
    </>
  );
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {href ? (
        <a href={href} className="block hover:underline">
          {body}
        </a>
      ) : (
        body
      )}
    </div>
  );
}
