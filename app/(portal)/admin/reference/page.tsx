import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DateText } from "@/components/dates";
import { PageHeader, Section } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { listReferenceData } from "@/lib/data/reference-editing";
import { nameOf, titleOf } from "@/lib/i18n/localized";
import { TEXT_KINDS } from "@/lib/validation/reference";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reference"))("title") };
}

const cell = "px-3 py-2 align-top";
const head = "border-b border-slate-300 text-slate-700";

// Administrators only: anyone else gets the 404 page, as if there were no such page.
export default async function ReferenceDataPage() {
  const actor = await requireActor();
  if (!can(actor, "reference:edit")) notFound();
  const [data, t, locale] = await Promise.all([listReferenceData(actor), getTranslations("reference"), getLocale()]);
  const frameworkName = (code: string) => {
    const parent = data.frameworks.find((row) => row.code === code);
    return parent ? nameOf(locale, parent) : code;
  };
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <nav aria-label={t("sectionsLabel")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {(["texts", "frameworks", "states"] as const).map((section) => (
            <li key={section}>
              <a href={`#${section}`} className="inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-brand-700 hover:bg-slate-100">
                {t(`${section}.title`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section title={t("texts.title")} id="texts">
        <p className="mb-4 max-w-3xl text-sm text-slate-700">{t("texts.intro")}</p>
        {TEXT_KINDS.map((kind) => (
          <div key={kind} className="mb-6 last:mb-0">
            <h3 className="mb-2 font-semibold text-slate-900">{t(`textKinds.${kind}`)}</h3>
            <div className="relative overflow-x-auto">
              <table className="min-w-full text-left text-sm" data-testid={`texts-${kind}`}>
                <thead className={head}>
                  <tr>
                    <th scope="col" className={cell}>{t("columns.code")}</th>
                    <th scope="col" className={cell}>{t("columns.titleEn")}</th>
                    <th scope="col" className={cell}>{t("columns.titleJa")}</th>
                    <th scope="col" className={cell}>{t("columns.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.texts[kind].map((row) => (
                    <tr key={row.code} className="border-b border-slate-200">
                      <td className={`${cell} font-mono`}>{row.code}</td>
                      <th scope="row" lang="en" className={`${cell} font-medium text-slate-900`}>{row.titleEn}</th>
                      <td lang="ja" className={cell}>{row.titleJa}</td>
                      <td className={cell}>
                        <Link href={`/admin/reference/texts/${kind}/${row.code}`} className="link" aria-label={t("editLabel", { name: `${row.code} ${titleOf(locale, row)}` })}>
                          {t("edit")}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </Section>

      <Section title={t("frameworks.title")} id="frameworks">
        <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
          <p className="max-w-3xl text-sm text-slate-700">{t("frameworks.intro")}</p>
          <Link href="/admin/reference/frameworks/new" className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            {t("frameworks.new")}
          </Link>
        </div>
        <div className="relative overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="frameworks">
            <thead className={head}>
              <tr>
                <th scope="col" className={cell}>{t("columns.code")}</th>
                <th scope="col" className={cell}>{t("columns.nameEn")}</th>
                <th scope="col" className={cell}>{t("columns.nameJa")}</th>
                <th scope="col" className={cell}>{t("columns.kind")}</th>
                <th scope="col" className={cell}>{t("columns.parent")}</th>
                <th scope="col" className={cell}>{t("columns.establishedOn")}</th>
                <th scope="col" className={cell}>{t("columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.frameworks.map((row) => (
                <tr key={row.code} className="border-b border-slate-200" data-testid={`framework-${row.code}`}>
                  <td className={`${cell} font-mono`}>{row.code}</td>
                  <th scope="row" lang="en" className={`${cell} font-medium text-slate-900`}>{row.nameEn}</th>
                  <td lang="ja" className={cell}>{row.nameJa}</td>
                  <td className={cell}>{t(`frameworkKind.${row.kind}`)}</td>
                  <td className={cell}>{row.parentCode ? frameworkName(row.parentCode) : t("none")}</td>
                  <td className={cell}>{row.establishedOn ? <DateText value={row.establishedOn} /> : t("none")}</td>
                  <td className={cell}>
                    <Link href={`/admin/reference/frameworks/${row.code}`} className="link" aria-label={t("editLabel", { name: nameOf(locale, row) })}>
                      {t("edit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section title={t("states.title")} id="states">
        <p className="mb-4 max-w-3xl text-sm text-slate-700">{t("states.intro")}</p>
        <div className="relative overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="states">
            <thead className={head}>
              <tr>
                <th scope="col" className={cell}>{t("columns.isoCodes")}</th>
                <th scope="col" className={cell}>{t("columns.nameEn")}</th>
                <th scope="col" className={cell}>{t("columns.nameJa")}</th>
                <th scope="col" className={cell}>{t("columns.membership")}</th>
                <th scope="col" className={cell}>{t("columns.admmPlus")}</th>
                <th scope="col" className={cell}>{t("columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.states.map((row) => (
                <tr key={row.code} className="border-b border-slate-200" data-testid={`state-${row.code}`}>
                  <td className={`${cell} font-mono`}>
                    {row.code} / {row.iso3}
                  </td>
                  <th scope="row" lang="en" className={`${cell} font-medium text-slate-900`}>{row.nameEn}</th>
                  <td lang="ja" className={cell}>{row.nameJa}</td>
                  <td className={cell}>
                    {row.isAsean && row.aseanMemberSince ? (
                      <>
                        {t("states.memberSince")} <DateText value={row.aseanMemberSince} />
                      </>
                    ) : (
                      t("states.notMember")
                    )}
                  </td>
                  <td className={cell}>{row.admmPlus ? t("yes") : t("no")}</td>
                  <td className={cell}>
                    <Link href={`/admin/reference/states/${row.code}`} className="link" aria-label={t("editLabel", { name: nameOf(locale, row) })}>
                      {t("edit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </>
  );
}
