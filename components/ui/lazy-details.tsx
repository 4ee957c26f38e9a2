"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A <details> whose content is drawn only once it has been opened. For a list whose every entry holds
 * a closed panel (the admin's user list: four forms per user), drawing the panels up front made up
 * most of the page's HTML. `summary` is the <summary> element; the panel stays drawn once opened.
 */
export function LazyDetails({ summary, children }: { summary: React.ReactNode; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  // Opened before the page's script ran (a click before hydration): its toggle event was missed.
  useEffect(() => {
    if (ref.current?.open) setOpened(true);
  }, []);
  return (
    <details ref={ref} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      {summary}
      {opened ? children : null}
    </details>
  );
}
