import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found-content";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors"))("notFoundTitle") };
}

// A URL that matches no route (notFound() inside the portal answers with app/(portal)/not-found.tsx,
// in the shell). Without the shell of its own it had: every page's RSC payload carries this page,
// and a shell here sent the header a second time with each of them (about 2.5 KB a page).
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-6">
      <NotFoundContent />
    </main>
  );
}
