import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";

// Plain (not async) components with next-intl's hooks, which work in server components: a table
// renders one per row, and an async component per row would cost each row its own streamed chunk.

const statusTone: Record<string, Tone> = {
  PLANNED: "info",
  CONFIRMED: "info",
  CONDUCTED: "good",
  POSTPONED: "warn",
  CANCELLED: "bad",
  DRAFT: "neutral",
  SHARED: "info",
  IN_REVIEW: "warn",
  APPROVED: "good",
  ARCHIVED: "neutral",
  SUBMITTED: "info",
  ACKNOWLEDGED: "warn",
  ADDRESSED: "good",
  DECLINED: "bad",
  PENDING: "neutral",
  DONE: "good",
  DELAYED: "warn",
};

type StatusKind = "activityStatus" | "planStatus" | "needStatus" | "milestoneStatus";

/** The tone a status is shown in. */
export const toneOf = (status: string): Tone => statusTone[status] ?? "neutral";

export function StatusBadge({ kind, status }: { kind: StatusKind; status: string }) {
  const t = useTranslations("enums");
  return <Badge variant={toneOf(status)}>{t(`${kind}.${status}` as never)}</Badge>;
}

/** Marks invented demo records, so that nobody takes them for facts. */
export function IllustrativeBadge({ show }: { show: boolean }) {
  const t = useTranslations("app");
  if (!show) return null;
  return (
    <span data-illustrative="">
      <Badge variant="warn" title={t("illustrativeHint")}>
        {t("illustrative")}
      </Badge>
    </span>
  );
}
