"use client";

import { useId, useState } from "react";

// A long list or table folded to its first rows (app/globals.css, `[data-folded]`), with a button to
// show the rest: the dashboard stays a page to glance at. The rows are all in the page from the start
// (the button only unfolds them), so that search in the page and printing still find them.

/** `count` rows in all inside `children`; folded to the first three while there are more. */
export function ShowAll({
  count,
  showAll,
  showFewer,
  children,
}: {
  count: number;
  showAll: string;
  showFewer: string;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (count <= 3) return <>{children}</>;
  return (
    <>
      <div id={id} {...(open ? {} : { "data-folded": "" })}>
        {children}
      </div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="mt-2 text-sm font-medium text-brand-700 hover:underline"
      >
        {open ? showFewer : showAll}
      </button>
    </>
  );
}
