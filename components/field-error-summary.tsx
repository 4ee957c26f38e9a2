"use client";

// The fields a refused form asks to fix, each a link that moves to its input: on a phone the field
// can be a screen away from the message at the top.
export function FieldErrorSummary({
  fieldErrors,
  labels,
}: {
  fieldErrors?: Record<string, string[]>;
  /** The form's labels by field name; a field without one (a row of a list) is left to its own place. */
  labels: Readonly<Record<string, string>>;
}) {
  const named = Object.entries(fieldErrors ?? {}).filter(([field, messages]) => labels[field] && messages.length);
  if (!named.length) return null;
  const focus = (event: React.MouseEvent<HTMLAnchorElement>, field: string) => {
    const input = document.getElementById(field);
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.scrollIntoView({ block: "center" });
  };
  return (
    <ul data-testid="field-error-summary" className="mt-1 list-disc space-y-0.5 pl-5">
      {named.map(([field, messages]) => (
        <li key={field}>
          <a href={`#${field}`} onClick={(event) => focus(event, field)} className="font-medium underline">
            {labels[field]}
          </a>
          : {messages.join(" ")}
        </li>
      ))}
    </ul>
  );
}
