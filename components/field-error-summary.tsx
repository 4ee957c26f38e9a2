"use client";

// The fields a refused form asks to fix, named at the top, each a link that moves to its input where
// the message is: on a phone the field can be a screen away from the message at the top.
export function FieldErrorSummary({
  title,
  fieldErrors,
  labels,
}: {
  title: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The form's labels by field name; a field without one (a row of a list) is left to its own place. */
  labels: Readonly<Record<string, string>>;
}) {
  const named = Object.entries(fieldErrors ?? {}).filter(([field, messages]) => labels[field] && messages?.length);
  if (!named.length) return null;
  const focus = (event: React.MouseEvent<HTMLAnchorElement>, field: string) => {
    const input = document.getElementById(field);
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.scrollIntoView({ block: "center" });
  };
  return (
    <div data-testid="field-error-summary" className="mt-1">
      <p>{title}</p>
      <ul className="list-disc pl-5">
        {named.map(([field]) => (
          <li key={field}>
            <a href={`#${field}`} onClick={(event) => focus(event, field)} className="font-medium underline">
              {labels[field]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
