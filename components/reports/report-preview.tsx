import type { ReportCell } from "@/lib/exports/cell";

// The first rows as the file will hold them, so the reader sees what the filters give before
// downloading.
export function ReportPreview({
  header,
  rows,
  caption,
  title,
  note,
}: {
  header: string[];
  rows: ReportCell[][];
  caption: string;
  title: string;
  /** What the files hold beyond the columns shown. */
  note?: string;
}) {
  return (
    <div>
      <h3 className="mb-2 text-base font-semibold text-slate-900">{title}</h3>
      {note ? <p className="mb-2 text-xs text-slate-600">{note}</p> : null}
      <div className="relative overflow-x-auto rounded border border-slate-200" tabIndex={0} role="region" aria-label={caption}>
        <table className="min-w-full text-left text-xs">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100 text-slate-800">
            <tr>
              {header.map((column) => (
                <th key={column} scope="col" className="whitespace-nowrap px-2 py-1.5 font-semibold">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => (
                  <td key={column} className="max-w-xs truncate px-2 py-1.5 text-slate-800" title={String(cell ?? "")}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
