import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found-content";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors"))("notFoundTitle") };
}

// notFound() inside the portal (a record missing or outside the viewer's scope): the portal's
// layout already draws the shell.
export default function NotFound() {
  return <NotFoundContent />;
}
