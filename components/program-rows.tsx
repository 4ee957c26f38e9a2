"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";

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

export function ProgramRows({ rows, illustrative }: { rows: ProgramRowView[]; illustrative: { label: string; hint: string } }) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.id}>
          <td>
            <Link href={`/programs/${row.id}`} className="link font-medium">
              {row.name}
            </Link>{" "}
            {row.illustrative ? (
              <Badge variant="warn" title={illustrative.hint}>
                {illustrative.label}
              </Badge>
            ) : null}
          </td>
          <td>{row.partner}</td>
          <td>{row.keyAreas}</td>
          <td>{row.means}</td>
          <td className="num">{row.plans}</td>
          <td className="num">{row.activities}</td>
        </tr>
      ))}
    </tbody>
  );
}
