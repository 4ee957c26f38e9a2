// The card that groups a page's or a form's content under its heading.
import { useId } from "react";

const cardClass = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5";

/**
 * A page's section: a card under an h2 that names it (the section is labelled by its heading).
 * `print="hide"`: a section for working the page (its workflow, a copy form), left out of a print.
 */
export function Section({ title, children, id, print }: { title: string; children: React.ReactNode; id?: string; print?: "hide" }) {
  const generated = useId();
  const headingId = id ?? generated;
  return (
    <section aria-labelledby={headingId} className={`mb-8 ${cardClass}`} data-print={print}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A form's group of fields under a legend. */
export function FormSection({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className={`mb-6 ${cardClass}`}>
      <legend className="px-1 text-lg font-semibold text-slate-900">{legend}</legend>
      {children}
    </fieldset>
  );
}
