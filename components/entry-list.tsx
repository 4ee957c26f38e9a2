"use client";

import Link from "next/link";
import { Badge, type Tone } from "@/components/ui/badge";
import { DemoMark } from "@/components/ui/demo-mark";

// A list of records (plans, needs): a title linking to the record, a line of details, badges on the
// right; drawn from data the server prepared (texts translated there). A client component for weight,
// as components/activity-rows.tsx explains: the entries travel once as data rather than twice as markup.

export interface EntryBadge {
  label: string;
  tone: Tone;
  /** A tooltip (what the badge means). */
  hint?: string;
  testId?: string;
}

export interface EntryView {
  id: string;
  href: string;
  title: string;
  detail: string;
  badges: EntryBadge[];
  /** Invented demo data: a small mark after the title (components/ui/demo-mark.tsx). */
  illustrative?: { label: string };
}

export function EntryList({ entries }: { entries: EntryView[] }) {
  return (
    <ul className="entries">
      {entries.map((entry) => (
        <li key={entry.id}>
          <div>
            <Link href={entry.href} className="link font-medium">
              {entry.title}
            </Link>
            {entry.illustrative ? <DemoMark {...entry.illustrative} /> : null}
            <div className="text-sm tabular-nums text-slate-600">{entry.detail}</div>
          </div>
          <div className="flex gap-1">
            {entry.badges.map((badge) => (
              <Badge key={badge.label} variant={badge.tone} title={badge.hint}>
                {badge.testId ? <span data-testid={badge.testId}>{badge.label}</span> : badge.label}
              </Badge>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
