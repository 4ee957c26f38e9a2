// The after-action report and the partner feedback of an activity, as its page shows them: JMOD's
// report (read by planners and by the taking-part states' officers), follow-ups with their close and
// reopen steps for planners, and the feedback each reader may see (JMOD: every state's, with the
// averages; an officer: their own state's, with the form to give or change it).
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ClientMessages } from "@/components/client-messages";
import { DateText } from "@/components/dates";
import { FeedbackForm } from "@/components/after-action/feedback-form";
import { FollowUpToggle } from "@/components/after-action/follow-up-toggle";
import { Empty } from "@/components/page-header";
import { HeadRow, Row, Table, Td, Th } from "@/components/ui/table";
import { Section } from "@/components/ui/section";
import { IllustrativeBadge } from "@/components/badges";
import type { Action } from "@/lib/actions/action";
import type { AfterActionSection } from "@/lib/data/after-action/reads";
import { nameOf, titleOf } from "@/lib/i18n/localized";

interface Participant {
  state: { code: string; nameEn: string; nameJa: string };
  participantCount: number | null;
}

const linkButton = "inline-block rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100";

export function AfterActionReportSection({
  section,
  participants,
  today,
  toggleAction,
}: {
  section: AfterActionSection;
  participants: Participant[];
  today: Date;
  toggleAction: Action<{ version: number }>;
}) {
  const t = useTranslations("afterAction");
  const ta = useTranslations("app");
  const format = useFormatter();
  const locale = useLocale();
  const { report } = section;
  const editHref = `/activities/${section.activityId}/report`;
  // The close and reopen buttons (planners only) need their texts in the browser; a reader's page does not.
  const withToggles = (table: React.ReactNode) =>
    section.canEditReport ? <ClientMessages namespaces={["afterActionEditor", "editor"]}>{table}</ClientMessages> : table;
  return (
    <Section title={t("title")} id="after-action">
      {section.overdue ? (
        <p className="mb-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="report-overdue">
          {t("overdue", { date: format.dateTime(section.dueOn, { dateStyle: "long" }) })}
        </p>
      ) : null}
      {!report ? (
        <>
          <Empty>{section.conducted ? (section.canEditReport ? t("none") : t("noneLiaison")) : t("notConducted")}</Empty>
          {section.canEditReport ? (
            <p className="mt-3">
              <Link href={editHref} className={linkButton}>
                {t("write")}
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <div className="space-y-4 text-sm" data-testid="after-action-report">
          <div className="flex flex-wrap items-center gap-3">
            <IllustrativeBadge show={report.illustrative} />
            {section.canEditReport ? (
              <Link href={editHref} className={linkButton}>
                {t("edit")}
              </Link>
            ) : null}
          </div>
          {(["doneVsPlanned", "results", "lessons"] as const).map((field) =>
            report[field] ? (
              <div key={field}>
                <h3 className="font-semibold text-slate-900">{t(field)}</h3>
                <p className="whitespace-pre-line text-slate-800">{report[field]}</p>
              </div>
            ) : null,
          )}
          <div>
            <h3 className="font-semibold text-slate-900">{t("participants")}</h3>
            <p className="text-xs text-slate-600">{t("participantsNote")}</p>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {participants.map((p) => (
                <li key={p.state.code}>
                  {nameOf(locale, p.state)}: {p.participantCount === null ? ta("notRecorded") : format.number(p.participantCount)}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="font-semibold text-slate-900">{t("followUps")}</h3>
            {report.followUps.length ? (
              withToggles(
                <Table density="snug" caption={t("followUps")} className="mt-1 w-full min-w-[32rem] text-sm">
                  <HeadRow>
                    <Th>{t("action")}</Th>
                    <Th>{t("owner")}</Th>
                    <Th>{t("dueDate")}</Th>
                    <Th>{t("status")}</Th>
                    {section.canEditReport ? (
                      <Th>
                        <span className="sr-only">{t("toggle")}</span>
                      </Th>
                    ) : null}
                  </HeadRow>
                  <tbody>
                    {report.followUps.map((f) => (
                      <Row key={f.id} data-testid="follow-up">
                        <Td>{f.action}</Td>
                        <Td>{f.owner}</Td>
                        <Td>
                          <DateText value={f.dueDate} />
                        </Td>
                        <Td>
                          {f.closedOn ? (
                            t("closedOn", { date: format.dateTime(f.closedOn, { dateStyle: "medium" }) })
                          ) : f.dueDate.getTime() < today.getTime() ? (
                            <span className="font-medium text-rose-800">{t("pastDue")}</span>
                          ) : (
                            t("open")
                          )}
                        </Td>
                        {section.canEditReport ? (
                          <Td>
                            <FollowUpToggle
                              activityId={section.activityId}
                              followUpId={f.id}
                              action={f.action}
                              version={report.version}
                              closed={f.closedOn !== null}
                              toggleAction={toggleAction}
                            />
                          </Td>
                        ) : null}
                      </Row>
                    ))}
                  </tbody>
                </Table>,
              )
            ) : (
              <p className="text-slate-700">{t("noFollowUps")}</p>
            )}
          </div>
          <div>
            <h3 className="font-semibold text-slate-900">{t("indicators")}</h3>
            {report.indicators.length ? (
              <ul className="list-disc pl-5">
                {report.indicators.map((i) => (
                  <li key={i.id}>
                    {titleOf(locale, i)} ({i.unit})
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">{t("noIndicators")}</p>
            )}
          </div>
          {report.updatedBy ? (
            <p className="text-xs text-slate-600">
              {t("updated", { date: format.dateTime(report.updatedAt, { dateStyle: "medium" }), name: report.updatedBy })}
            </p>
          ) : null}
        </div>
      )}
    </Section>
  );
}

export function PartnerFeedbackSection({ section, saveAction }: { section: AfterActionSection; saveAction: Action<{ version: number }> }) {
  const t = useTranslations("afterAction");
  const format = useFormatter();
  const locale = useLocale();
  const one = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  if (section.canGiveFeedback) {
    // A liaison officer: their own state's feedback (the only one the page ever holds), editable.
    const mine = section.feedback[0];
    return (
      <Section title={t("feedbackTitle")} id="feedback">
        <p className="mb-3 text-sm text-slate-700">{t("feedbackIntroLiaison")}</p>
        <ClientMessages namespaces={["afterActionEditor", "editor"]}>
          <FeedbackForm
            activityId={section.activityId}
            version={mine?.version}
            initial={{ usefulness: mine ? String(mine.usefulness) : "", fit: mine ? String(mine.fit) : "", comment: mine?.comment ?? "" }}
            saveAction={saveAction}
          />
        </ClientMessages>
      </Section>
    );
  }
  if (!section.canEditReport && !section.feedback.length) return null;
  return (
    <Section title={t("feedbackTitle")} id="feedback">
      <p className="mb-3 text-sm text-slate-700">{section.conducted ? t("feedbackIntro") : t("feedbackNotYet")}</p>
      {section.averages ? (
        <p className="mb-3 text-sm font-medium text-slate-900" data-testid="feedback-averages">
          {t("averages", { count: section.averages.count, usefulness: one(section.averages.usefulness), fit: one(section.averages.fit) })}
        </p>
      ) : null}
      {section.feedback.length ? (
        <Table density="snug" caption={t("feedbackTitle")} className="w-full min-w-[32rem] text-sm">
          <HeadRow>
            <Th>{t("state")}</Th>
            <Th numeric>{t("usefulness")}</Th>
            <Th numeric>{t("fit")}</Th>
            <Th>{t("comment")}</Th>
            <Th>{t("author")}</Th>
          </HeadRow>
          <tbody>
            {section.feedback.map((f) => (
              <Row key={f.id} data-testid="feedback-row">
                <Td>
                  {nameOf(locale, f.state)} <IllustrativeBadge show={f.illustrative} />
                </Td>
                <Td numeric>{t("ratingOf", { value: f.usefulness })}</Td>
                <Td numeric>{t("ratingOf", { value: f.fit })}</Td>
                <Td className="whitespace-pre-line">{f.comment || "—"}</Td>
                <Td>{f.author ?? "—"}</Td>
              </Row>
            ))}
          </tbody>
        </Table>
      ) : section.conducted ? (
        <Empty>{t("noFeedback")}</Empty>
      ) : null}
    </Section>
  );
}
