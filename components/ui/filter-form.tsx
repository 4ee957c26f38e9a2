// The GET filter forms (activities, needs, reports, insights, audit): a search landmark whose filters
// live in the URL (shareable, kept on reload, working without JavaScript), its labelled fields and its
// "apply" and "clear" buttons.
import Link from "next/link";
import { LazySelect } from "@/components/ui/lazy-select";

/** The programs a program filter offers, fetched once it is used (app/api/filter-options/programs). */
export const PROGRAM_OPTIONS_URL = "/api/filter-options/programs";

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";
const labelClass = "block text-sm font-medium text-slate-800";

/** A select whose first option, "any", means no filter; without `anyLabel` it always has a value (e.g. a fiscal year). */
export function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  anyLabel?: string;
  value: string | number | undefined;
  options: { value: string | number; label: string }[];
  /** The wrapper's class (its width in a row of filters). */
  className?: string;
  /**
   * Where the options are fetched from once the select is used (a long list, e.g. the programs): the
   * page then carries only the current choice (components/ui/lazy-select.tsx).
   */
  source?: string;
}) {
  const value = props.value ?? "";
  return (
    <div className={props.className}>
      <label htmlFor={props.id} className={labelClass}>
        {props.label}
      </label>
      {props.source ? (
        <LazySelect
          id={props.id}
          name={props.name}
          defaultValue={value}
          className={fieldClass}
          source={props.source}
          anyLabel={props.anyLabel}
          initial={props.options.filter((option) => String(option.value) === String(value))}
        />
      ) : (
        <select id={props.id} name={props.name} defaultValue={value} className={fieldClass}>
          {props.anyLabel !== undefined ? <option value="">{props.anyLabel}</option> : null}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

/** A labelled text or date field. */
export function FilterInput({
  id,
  label,
  className,
  ...input
}: { id: string; name: string; label: string; className?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} {...input} className={fieldClass} />
    </div>
  );
}

export function FilterForm({
  action,
  label,
  className = "mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm",
  children,
}: {
  action: string;
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className={className} data-print="hide">
      {children}
    </form>
  );
}

/** "Apply" sends the form; "clear" opens `clearHref`, the page without its filters. */
export function FilterButtons({ apply, clear, clearHref }: { apply: string; clear: string; clearHref: string }) {
  return (
    <>
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
        {apply}
      </button>
      <Link href={clearHref} className="rounded border border-slate-400 px-4 py-1.5 text-sm hover:bg-slate-100">
        {clear}
      </Link>
    </>
  );
}
