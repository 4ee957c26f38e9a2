// The card that groups a page's or a form's content under its heading.

const cardClass = "mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5";

/** A form's group of fields under a legend. */
export function FormSection({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className={cardClass}>
      <legend className="px-1 text-lg font-semibold text-slate-900">{legend}</legend>
      {children}
    </fieldset>
  );
}
