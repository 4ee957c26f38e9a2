import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import type { IndicatorStatus } from "@/lib/domain/indicators";

const TONES: Record<IndicatorStatus, Tone> = { achieved: "good", onTrack: "info", behind: "bad", noData: "neutral" };

/** An indicator's status in words (the colour only repeats them). */
export function IndicatorStatusBadge({ status }: { status: IndicatorStatus }) {
  const t = useTranslations("indicators.status");
  return (
    <span data-status={status}>
      <Badge variant={TONES[status]}>{t(status)}</Badge>
    </span>
  );
}
