import Link from "next/link";
import { getTranslations } from "next-intl/server";

// The same page whether the record never existed or lies outside the viewer's scope.
export async function NotFoundContent() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("notFound")}</p>
      <p className="mt-6">
        <Link href="/" className="link">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
