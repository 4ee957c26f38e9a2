import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found-content";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors"))("notFoundTitle") };
}

// notFound() outside the portal's layout. URLs that match no route reach app/(portal)/[...missing]
// instead, and get the shell there; this page is kept small because every page's RSC payload carries it.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-6">
      <NotFoundContent />
    </main>
  );
}
