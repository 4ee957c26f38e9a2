"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { createContext, Suspense, useCallback, useContext, useMemo, useState } from "react";

// What just happened, said once at the top of the page and announced to screen readers (a status
// region): "Shared with the partner states.", "Plan created: ...". It lives in the shell, above the page,
// so that it outlasts the refresh a step causes (the plan's workflow panel is drawn anew for its new
// version). A step that stays on its page announces itself (useAnnounce); one that redirects names its
// outcome in the URL (?done=<key>). Either way the message is one of the shell's `notices` (translated
// on the server: `notices` in messages/*.json). Leaving the page clears it.

interface Announced {
  notice: string;
  pathname: string;
}

const AnnounceContext = createContext<{ announced: Announced | null; announce: (notice: string) => void }>({
  announced: null,
  announce: () => {},
});

/** Says the notice `key` (of messages' `notices`) in the page's status region. */
export function useAnnounce(): (notice: string) => void {
  return useContext(AnnounceContext).announce;
}

export function Announcer({ notices, children }: { notices: Record<string, string>; children: React.ReactNode }) {
  const pathname = usePathname();
  const [announced, setAnnounced] = useState<Announced | null>(null);
  const announce = useCallback((notice: string) => setAnnounced({ notice, pathname }), [pathname]);
  // An announcement belongs to the page it was made on: gone once another page is opened, also when
  // its own page is opened again later (state adjusted while rendering, as React advises over an effect).
  const [shownOn, setShownOn] = useState(pathname);
  if (shownOn !== pathname) {
    setShownOn(pathname);
    setAnnounced(null);
  }
  const value = useMemo(() => ({ announced, announce }), [announced, announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {/* The URL is read only in the browser's render of a dynamic page; a static one waits for it. */}
      <Suspense fallback={<p role="status" className="sr-only" />}>
        <StatusRegion notices={notices} />
      </Suspense>
      {children}
    </AnnounceContext.Provider>
  );
}

function StatusRegion({ notices }: { notices: Record<string, string> }) {
  const pathname = usePathname();
  const done = useSearchParams().get("done");
  const { announced } = useContext(AnnounceContext);
  const key = announced?.pathname === pathname ? announced.notice : done;
  const message = key && Object.hasOwn(notices, key) ? notices[key] : "";
  return (
    <p
      role="status"
      data-testid="announcement"
      className={message ? "mb-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" : "sr-only"}
    >
      {message}
    </p>
  );
}
