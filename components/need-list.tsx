import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { IllustrativeBadge, StatusBadge } from "@/components/badges";
import type { NeedRow } from "@/lib/data/selects";
import { nameOf, titleOf } from "@/lib/i18n/localized";

export async function NeedList({ needs }: { needs: NeedRow[] }) {
  const [locale, te] = await Promise.all([getLocale(), getTranslations("enums")]);
  return (
    <ul className="divide-y divide-slate-200">
      {needs.map((need) => (
        <li key={need.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div>
            <Link href={`/needs/${need.id}`} className="link font-medium">
              {need.title}
            </Link>
            <div className="text-sm text-slate-600">
              {nameOf(locale, need.state)} · {titleOf(locale, need.keyArea)} · {te(`priority.${need.priority}`)}
            </div>
          </div>
          <div className="flex gap-1">
            <IllustrativeBadge show={need.illustrative} />
            <StatusBadge kind="needStatus" status={need.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}
