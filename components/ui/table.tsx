// Data tables as the pages draw them: the table scrolls sideways inside its own box on a narrow screen
// (the page never does), a caption names it for screen readers, a rule runs under the header and each
// row. The cell padding and rules come from the `.tbl` styles in app/globals.css, set once per table by
// `density`, so that no cell carries a class string of its own. Plain markup: usable from server and
// client components alike.
import clsx from "clsx";

/**
 * Cell padding: `normal` for lists, `snug` for short rows, `compact` for field/before/after tables,
 * `boxed` for the admin lists, `inline` for a small table inside a block of text.
 */
export type Density = "normal" | "snug" | "compact" | "boxed" | "inline";

// An undefined prop still travels in the RSC payload ("$undefined"), once per cell: pass none instead.
const classes = (...names: (string | false | undefined)[]) => {
  const className = clsx(names);
  return className ? { className } : {};
};

/** The most columns `stackLabels` names (app/globals.css has a rule for each). */
export const MAX_STACK_COLUMNS = 8;

/**
 * `className` sizes the table itself (width, minimum width, text size). `stack`: on a phone each row
 * becomes a card, its cells one under another, each named by its `data-label` (app/globals.css), so
 * that no column is cut off beyond the screen's edge. `stackLabels` names the cards' cells by column
 * instead, once for the table rather than once per cell (a long list saves a few KB): the label of
 * the n-th column, null for a column that needs none.
 */
export function Table({
  caption,
  className,
  density = "normal",
  stack = false,
  stackLabels,
  style,
  children,
  ...props
}: React.ComponentProps<"table"> & {
  caption?: React.ReactNode;
  density?: Density;
  stack?: boolean;
  stackLabels?: (string | null)[];
}) {
  // CSS strings: JSON's quoting and escapes are CSS's too for the text of a label.
  const labels = Object.fromEntries(
    (stackLabels ?? [])
      .slice(0, MAX_STACK_COLUMNS)
      .flatMap((label, i) => (label ? [[`--stack-label-${i + 1}`, JSON.stringify(label)]] : [])),
  );
  const merged = { ...style, ...labels };
  return (
    <div className="relative overflow-x-auto">
      <table
        className={clsx("tbl", (stack || stackLabels) && "max-sm:min-w-0", className)}
        {...(density === "normal" ? {} : { "data-density": density })}
        {...(stack || stackLabels ? { "data-stack": "" } : {})}
        {...(Object.keys(merged).length ? { style: merged } : {})}
        {...props}
      >
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

/** The header row, in a thead. */
export function HeadRow({ children }: { children: React.ReactNode }) {
  return (
    <thead>
      <tr>{children}</tr>
    </thead>
  );
}

/** A body row; `faint` draws a lighter rule (for the rows of a nested table). */
export function Row({ faint = false, className, ...props }: React.ComponentProps<"tr"> & { faint?: boolean }) {
  return <tr {...classes(faint && "faint", className)} {...props} />;
}

/** A header cell: of a column unless `row` says it heads its row; `numeric` aligns it with its figures. */
export function Th({
  numeric = false,
  row = false,
  className,
  ...props
}: React.ComponentProps<"th"> & { numeric?: boolean; row?: boolean }) {
  return <th scope={row ? "row" : "col"} {...classes(numeric && "num", className)} {...props} />;
}

/** A data cell; `numeric` aligns figures on the right in tabular digits. */
export function Td({ numeric = false, className, ...props }: React.ComponentProps<"td"> & { numeric?: boolean }) {
  return <td {...classes(numeric && "num", className)} {...props} />;
}
