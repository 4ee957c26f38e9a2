"use client";

// A form's field: its label, an optional hint, the control, and the server's messages beside it. The
// control gets the id, aria-invalid and aria-describedby (errors, then hint) from the field.
import clsx from "clsx";

export const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-rose-600";

export function FieldErrors({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm text-rose-800">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

export function Field({
  id,
  label,
  errors,
  hint,
  className,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
  className?: string;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const describedBy = [errors?.length ? `${id}-errors` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return (
    <div className={clsx(className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy || undefined })}
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </div>
  );
}
