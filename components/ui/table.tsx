// Data tables as the pages draw them: the table scrolls sideways inside its own box on a narrow screen
// (the page never does), a caption names it for screen readers, a rule runs under the header and each
// row. Plain markup: usable from server and client components alike.
import clsx from "clsx";

/**
 * Cell padding: `normal` for lists, `snug` for short rows, `compact` for field/before/after tables,
 * `boxed` for the admin lists, `inline` for a small table inside a block of text.
 */
export type Density = "normal" | "snug" | "compact" | "boxed" | "inline";

const PADDING: Record<Density, string> = {
  normal: "py-2 pr-3",
  snug: "py-1.5 pr-3",
  compact: "py-1 pr-3",
  boxed: "px-3 py-2 align-top",
  inline: "pr-4",
};

/** `className` sizes the table itself (width, minimum width, text size). */
export function Table({ caption, className, children, ...props }: React.ComponentProps<"table"> & { caption?: React.ReactNode }) {
  return (
    <div className="relative overflow-x-auto">
      <table className={clsx("text-left", className)} {...props}>
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
      <tr className="border-b border-slate-300 text-slate-700">{children}</tr>
    </thead>
  );
}

/** A body row; `faint` draws a lighter rule (for the rows of a nested table). */
export function Row({ faint = false, className, ...props }: React.ComponentProps<"tr"> & { faint?: boolean }) {
  return <tr className={clsx("border-b align-top", faint ? "border-slate-100" : "border-slate-200", className)} {...props} />;
}

type CellProps = { density?: Density; numeric?: boolean };

/** A header cell: of a column unless `row` says it heads its row. */
export function Th({
  density = "normal",
  numeric = false,
  row = false,
  className,
  ...props
}: React.ComponentProps<"th"> & CellProps & { row?: boolean }) {
  return (
    <th scope={row ? "row" : "col"} className={clsx(PADDING[density], numeric && "text-right", "font-medium", className)} {...props} />
  );
}

/** A data cell; `numeric` aligns figures on the right in tabular digits. */
export function Td({ density = "normal", numeric = false, className, ...props }: React.ComponentProps<"td"> & CellProps) {
  return <td className={clsx(PADDING[density], numeric && "text-right tabular-nums", className)} {...props} />;
}
