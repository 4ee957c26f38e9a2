// The small mark on a row that is invented demo data. The page says once what it means: the note at
// the top of the page (components/shell.tsx) shows only when the page holds a mark (app/globals.css,
// `:has`), so that no query is spent on asking. The diamond itself is drawn by CSS (hidden from screen
// readers, which read the label): a list of 50 demo rows carries 50 of these, so the markup stays small.
// Plain markup: usable from server and client components.

/** `label` names it to screen readers ("Illustrative"). */
export function DemoMark({ label }: { label: string }) {
  return (
    <span className="demo-mark">
      <span className="sr-only">{label}</span>
    </span>
  );
}
