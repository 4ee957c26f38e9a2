import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { getFramework, type FrameworkView } from "@/lib/data/reference/framework";
import { descriptionOf, nameOf, titleOf } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("framework"))("title") };
}

type Item = FrameworkView["keyAreas"][number];

async function FrameworkItems({
  items,
  filter,
  headingLevel = 3,
}: {
  items: Item[];
  /** The program list's filter for this part of the framework (lib/validation/program-filters.ts). */
  filter: "end" | "approach" | "keyArea" | "means";
  headingLevel?: 3 | 4;
}) {
  const [t, te, locale] = await Promise.all([getTranslations("framework"), getTranslations("enums"), getLocale()]);
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {items.map((item) => (
        <li key={item.code} className="rounded border border-slate-200 p-3">
          <Heading className="font-semibold">
            <span className="mr-2 text-slate-600">{item.code}</span>
            {titleOf(locale, item)}
          </Heading>
          <p className="mt-1 text-sm text-slate-700">{descriptionOf(locale, item)}</p>
          <p className="mt-2 text-sm font-medium">{t("activityCount", { count: item.activityCount })}</p>
          {item.programs.length ? (
            <ul className="mt-1 space-y-0.5 text-sm">
              {item.programs.map((program) => (
                <li key={program.id}>
                  <Link href={`/programs/${program.id}`} className="link">
                    {nameOf(locale, program)}
                  </Link>{" "}
                  <span className="text-xs text-slate-600">({te(`programKind.${program.kind}`)})</span>
                </li>
              ))}
              {item.programCount > item.programs.length ? (
                <li>
                  <Link href={`/programs?${filter}=${item.code}`} className="link">
                    {t("morePrograms", { count: item.programCount - item.programs.length })}
                  </Link>
                </li>
              ) : null}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-600">{t("noPrograms")}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

export default async function FrameworkPage() {
  const actor = await requireActor();
  const [t, locale, framework] = await Promise.all([getTranslations("framework"), getLocale(), getFramework(actor)]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <Section title={t("principles")} id="principles">
        <ul className="grid gap-4 md:grid-cols-3">
          {framework.principles.map((principle) => (
            <li key={principle.code} className="rounded border border-slate-200 p-3">
              <h3 className="font-semibold">
                <Badge>{principle.code}</Badge> {titleOf(locale, principle)}
              </h3>
              <p className="mt-1 text-sm text-slate-700">{descriptionOf(locale, principle)}</p>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("ends")} id="ends">
        <FrameworkItems items={framework.ends} filter="end" />
      </Section>
      <Section title={t("ways")} id="ways">
        <h3 className="mb-2 font-semibold text-slate-800">{t("approaches")}</h3>
        <FrameworkItems items={framework.approaches} filter="approach" headingLevel={4} />
        <h3 className="mb-2 mt-6 font-semibold text-slate-800">{t("keyAreas")}</h3>
        <FrameworkItems items={framework.keyAreas} filter="keyArea" headingLevel={4} />
      </Section>
      <Section title={t("means")} id="means">
        <FrameworkItems items={framework.means} filter="means" />
      </Section>
    </>
  );
}
