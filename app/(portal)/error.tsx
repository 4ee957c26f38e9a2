"use client";

import { ErrorView } from "@/components/error-view";

// Inside the portal layout: the header and navigation stay, so the user can go elsewhere.
export default function PortalErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView digest={error.digest} reset={reset} />;
}
