import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Shell } from "@/components/shell";
import { getActor } from "@/lib/auth/actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors"))("notFoundTitle") };
}

// The same page whether the record never existed or lies outside the viewer's scope.
export default async function NotFound() {
  const [t, actor] = await Promise.all([getTranslations("errors"), getActor()]);
  return (
    <Shell actor={actor}>
      <div className="mx-auto max-w-xl py-10 text-center">
        <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
        <p className="mt-2 text-slate-700">{t("notFound")}</p>
        <p className="mt-6">
          <Link href="/" className="link">
            {t("backHome")}
          </Link>
        </p>
      </div>
    </Shell>
  );
}
