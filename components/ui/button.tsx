// Buttons: the one primary action of a form or page, and the plain ones beside it. A link that reads
// as a button (Cancel, Back, Edit) takes the same classes.
import clsx from "clsx";
import Link from "next/link";

export const buttonClass = "rounded border border-slate-400 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60";
export const primaryButtonClass = "rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-70";

/** A button; `type` is "button" unless said, so that no button submits a form by surprise. */
export function Button({ primary = false, type = "button", className, ...props }: React.ComponentProps<"button"> & { primary?: boolean }) {
  return <button type={type} className={clsx(primary ? primaryButtonClass : buttonClass, className)} {...props} />;
}

/** A form's submit button (busy and "Saving…" while the save runs, said to screen readers too) and its way back. */
export function FormActions({
  pending,
  label,
  pendingLabel,
  cancelHref,
  cancelLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  cancelHref: string;
  cancelLabel: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" primary disabled={pending} aria-busy={pending}>
        {pending ? pendingLabel : label}
      </Button>
      <Link href={cancelHref} className={buttonClass}>
        {cancelLabel}
      </Link>
      <span className="sr-only" role="status">
        {pending ? pendingLabel : ""}
      </span>
    </div>
  );
}
