import { getLocale, getTranslations } from "next-intl/server";
import { toneOf } from "@/components/badges";
import { EntryList, type EntryBadge } from "@/components/entry-list";
import type { NeedRow } from "@/lib/data/selects";
import { nameOf, titleOf } from "@/lib/i18n/localized";

/** Needs as links, with their state, key area and priority. */
export async function NeedList({ needs }: { needs: NeedRow[] }) {
  const [locale, te, ta] = await Promise.all([getLocale(), getTranslations("enums"), getTranslations("app")]);
  const entries = needs.map((need) => {
    const badges: EntryBadge[] = [{ label: te(`needStatus.${need.status}`), tone: toneOf(need.status) }];
    return {
      id: need.id,
      href: `/needs/${need.id}`,
      title: need.title,
      detail: `${nameOf(locale, need.state)} · ${titleOf(locale, need.keyArea)} · ${te(`priority.${need.priority}`)}`,
      badges,
      ...(need.illustrative ? { illustrative: { label: ta("illustrative") } } : {}),
    };
  });
  return <EntryList entries={entries} />;
}
