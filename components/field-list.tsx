// A definition list of label/value pairs for detail pages.
export function Fields({ children }: { children: React.ReactNode }) {
  return <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">{children}</dl>;
}

export function Field({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-line text-slate-900">{children}</dd>
    </div>
  );
}
