import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/sign-out";
import { NotFoundContent } from "@/components/not-found-content";
import { Shell } from "@/components/shell";
import { getActor } from "@/lib/auth/actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors"))("notFoundTitle") };
}

// A URL that matches no route: rendered outside the portal's layout, so it brings its own shell.
export default async function NotFound() {
  return (
    <Shell actor={await getActor()} signOutAction={signOutAction}>
      <NotFoundContent />
    </Shell>
  );
}
