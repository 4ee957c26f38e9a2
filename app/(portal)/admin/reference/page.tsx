import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DateText } from "@/components/dates";
import { PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { HeadRow, Row, Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { listReferenceData } from "@/lib/data/reference/admin-reads";
import { nameOf, titleOf } from "@/lib/i18n/localized";
import { TEXT_KINDS } from "@/lib/validation/reference";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reference"))("title") };
}

function HeadCells({ labels }: { labels: string[] }) {
  return labels.map((label) => <Th key={label}>{label}</Th>);
}

/** A row's code and its two names; the English name heads the row. */
function NamedCells({ code, en, ja }: { code: React.ReactNode; en: string; ja: string }) {
  return (
    <>
      <Td className="font-mono">{code}</Td>
      <Th row lang="en" className="text-slate-900">
        {en}
      </Th>
      <Td lang="ja">{ja}</Td>
    </>
  );
}

function EditCell({ href, label, text }: { href: string; label: string; text: string }) {
  return (
    <Td>
      <Link href={href} className="link" aria-label={label}>
        {text}
      </Link>
    </Td>
  );
}

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
              <a
                href={`#${section}`}
                className="inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-brand-700 hover:bg-slate-100"
              >
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
            <Table density="boxed" className="min-w-full text-sm" data-testid={`texts-${kind}`}>
              <HeadRow>
                <HeadCells labels={[t("columns.code"), t("columns.titleEn"), t("columns.titleJa"), t("columns.actions")]} />
              </HeadRow>
              <tbody>
                {data.texts[kind].map((row) => (
                  <Row key={row.code}>
                    <NamedCells code={row.code} en={row.titleEn} ja={row.titleJa} />
                    <EditCell
                      href={`/admin/reference/texts/${kind}/${row.code}`}
                      label={t("editLabel", { name: `${row.code} ${titleOf(locale, row)}` })}
                      text={t("edit")}
                    />
                  </Row>
                ))}
              </tbody>
            </Table>
          </div>
        ))}
      </Section>

      <Section title={t("frameworks.title")} id="frameworks">
        <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
          <p className="max-w-3xl text-sm text-slate-700">{t("frameworks.intro")}</p>
          <Link
            href="/admin/reference/frameworks/new"
            className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t("frameworks.new")}
          </Link>
        </div>
        <Table density="boxed" className="min-w-full text-sm" data-testid="frameworks">
          <HeadRow>
            <HeadCells
              labels={[
                t("columns.code"),
                t("columns.nameEn"),
                t("columns.nameJa"),
                t("columns.kind"),
                t("columns.parent"),
                t("columns.establishedOn"),
                t("columns.actions"),
              ]}
            />
          </HeadRow>
          <tbody>
            {data.frameworks.map((row) => (
              <Row key={row.code} data-testid={`framework-${row.code}`}>
                <NamedCells code={row.code} en={row.nameEn} ja={row.nameJa} />
                <Td>{t(`frameworkKind.${row.kind}`)}</Td>
                <Td>{row.parentCode ? frameworkName(row.parentCode) : "—"}</Td>
                <Td>{row.establishedOn ? <DateText value={row.establishedOn} /> : "—"}</Td>
                <EditCell
                  href={`/admin/reference/frameworks/${row.code}`}
                  label={t("editLabel", { name: nameOf(locale, row) })}
                  text={t("edit")}
                />
              </Row>
            ))}
          </tbody>
        </Table>
      </Section>

      <Section title={t("states.title")} id="states">
        <p className="mb-4 max-w-3xl text-sm text-slate-700">{t("states.intro")}</p>
        <Table density="boxed" className="min-w-full text-sm" data-testid="states">
          <HeadRow>
            <HeadCells
              labels={[
                t("columns.isoCodes"),
                t("columns.nameEn"),
                t("columns.nameJa"),
                t("columns.membership"),
                t("columns.admmPlus"),
                t("columns.actions"),
              ]}
            />
          </HeadRow>
          <tbody>
            {data.states.map((row) => (
              <Row key={row.code} data-testid={`state-${row.code}`}>
                <NamedCells
                  code={
                    <>
                      {row.code} / {row.iso3}
                    </>
                  }
                  en={row.nameEn}
                  ja={row.nameJa}
                />
                <Td>
                  {row.isAsean && row.aseanMemberSince ? (
                    <>
                      {t("states.memberSince")} <DateText value={row.aseanMemberSince} />
                    </>
                  ) : (
                    t("states.notMember")
                  )}
                </Td>
                <Td>{row.admmPlus ? t("yes") : t("no")}</Td>
                <EditCell
                  href={`/admin/reference/states/${row.code}`}
                  label={t("editLabel", { name: nameOf(locale, row) })}
                  text={t("edit")}
                />
              </Row>
            ))}
          </tbody>
        </Table>
      </Section>
    </>
  );
}
