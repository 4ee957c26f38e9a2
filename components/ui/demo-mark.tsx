// The small mark on a row that is invented demo data. The page says once what it means: the note at
// the top of the page (components/shell.tsx) shows only when the page holds a mark (app/globals.css,
// `:has`), so that no query is spent on asking. Plain markup: usable from server and client components.

/** `label` names it to screen readers ("Illustrative"); `hint` is the tooltip. */
export function DemoMark({ label, hint }: { label: string; hint: string }) {
  return (
    <span data-illustrative="" title={hint} className="demo-mark">
      <span aria-hidden>◆</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
