import clsx from "clsx";
import { useTranslations } from "next-intl";

// Plain (not async) components with next-intl's hooks, which work in server components: a table
// renders one per row, and an async component per row would cost each row its own streamed chunk.

const tone = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  info: "bg-sky-50 text-sky-900 ring-sky-300",
  good: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  warn: "bg-amber-50 text-amber-900 ring-amber-300",
  bad: "bg-rose-50 text-rose-900 ring-rose-300",
} as const;

export type Tone = keyof typeof tone;

export function Badge({ children, variant = "neutral", title }: { children: React.ReactNode; variant?: Tone; title?: string }) {
  return (
    <span
      title={title}
      className={clsx("inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset", tone[variant])}
    >
      {children}
    </span>
  );
}

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

export function StatusBadge({ kind, status }: { kind: StatusKind; status: string }) {
  const t = useTranslations("enums");
  return <Badge variant={statusTone[status] ?? "neutral"}>{t(`${kind}.${status}` as never)}</Badge>;
}

/** Marks invented demo records, so that nobody takes them for facts. */
export function IllustrativeBadge({ show }: { show: boolean }) {
  const t = useTranslations("app");
  if (!show) return null;
  return (
    <Badge variant="warn" title={t("illustrativeHint")}>
      {t("illustrative")}
    </Badge>
  );
}
