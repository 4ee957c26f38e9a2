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
  host: string;
  /** The status's code: its label and tone are in `statuses`. */
  status: string;
}

/** On a phone the table turns into cards (`stackLabels` in components/ui/table.tsx): a cell's column names it there. */
export function ActivityRows({
  rows,
  programs,
  statuses,
  illustrative,
}: {
  rows: ActivityRowView[];
  /** The programs' names by id, or null where the program column is left out. */
  programs: Record<string, string> | null;
  statuses: Record<string, { label: string; tone: Tone }>;
  illustrative: { label: string };
}) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.id}>
          <td>
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
          {programs ? (
            <td>
              <Link href={`/programs/${row.programId}`} className="link">
                {programs[row.programId]}
              </Link>
            </td>
          ) : null}
          <td>{row.host}</td>
          <td>
            <Badge variant={statuses[row.status]?.tone ?? "neutral"}>{statuses[row.status]?.label ?? row.status}</Badge>
          </td>
        </tr>
      ))}
    </tbody>
  );
}
