"use client";

import Link from "next/link";
import { Badge, type Tone } from "@/components/ui/badge";
import { DemoMark } from "@/components/ui/demo-mark";

// The rows of an activity table, drawn from data the server prepared (texts translated and formatted
// there). A client component for weight, not interaction: a server-rendered row travels twice, as HTML
// and again as its element tree in the RSC payload (about 1.2 KB a row); as data it travels once as
// markup and once as ~0.4 KB of JSON, and the browser draws the same markup from it.

/** One activity as its row shows it. */
export interface ActivityRowView {
  id: string;
  /** The start date, ISO (YYYY-MM-DD). */
  start: string;
  dates: string;
  fiscalYear: string;
  title: string;
  /** Kind and place, joined. */
  detail: string;
  illustrative: boolean;
  programId: string;
  program: string;
  host: string;
  status: string;
  tone: Tone;
}

/** On a phone the table turns into cards (`stack` in components/ui/table.tsx): a cell's label names it there. */
export function ActivityRows({
  rows,
  showProgram,
  labels,
  illustrative,
}: {
  rows: ActivityRowView[];
  showProgram: boolean;
  labels: { program: string; host: string; status: string };
  illustrative: { label: string; hint: string };
}) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.id}>
          <td className="whitespace-nowrap">
            <time dateTime={row.start}>{row.dates}</time>
            <div className="meta">{row.fiscalYear}</div>
          </td>
          <td>
            <Link href={`/activities/${row.id}`} className="link font-medium">
              {row.title}
            </Link>
            <div className="meta-row">
              <span>{row.detail}</span>
              {row.illustrative ? <DemoMark {...illustrative} /> : null}
            </div>
          </td>
          {showProgram ? (
            <td data-label={labels.program}>
              <Link href={`/programs/${row.programId}`} className="link">
                {row.program}
              </Link>
            </td>
          ) : null}
          <td data-label={labels.host}>{row.host}</td>
          <td data-label={labels.status}>
            <Badge variant={row.tone}>{row.status}</Badge>
          </td>
        </tr>
      ))}
    </tbody>
  );
}
