"use client";

import Link from "next/link";
import { DemoMark } from "@/components/ui/demo-mark";

// The rows of the program table, drawn from data the server prepared: a client component for weight,
// as components/activity-rows.tsx explains.

export interface ProgramRowView {
  id: string;
  name: string;
  illustrative: boolean;
  partner: string;
  keyAreas: string;
  means: string;
  plans: string;
  activities: string;
}

/** `labels` name the cells on a phone, where the table turns into cards (components/ui/table.tsx, `stack`). */
export function ProgramRows({
  rows,
  labels,
  illustrative,
}: {
  rows: ProgramRowView[];
  labels: { partner: string; keyAreas: string; means: string; plans: string; activities: string };
  illustrative: { label: string };
}) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.id}>
          <td>
            <Link href={`/programs/${row.id}`} className="link font-medium">
              {row.name}
            </Link>{" "}
            {row.illustrative ? <DemoMark {...illustrative} /> : null}
          </td>
          <td data-label={labels.partner}>{row.partner}</td>
          <td data-label={labels.keyAreas}>{row.keyAreas}</td>
          <td data-label={labels.means}>{row.means}</td>
          <td data-label={labels.plans} className="num">
            {row.plans}
          </td>
          <td data-label={labels.activities} className="num">
            {row.activities}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
