"use client";

// The conflict table of the activity editor: the fields where the saved activity and the user's
// differ, each in words (names rather than ids, roles and statuses in the user's language).
import { useLocale, useTranslations } from "next-intl";
import { activityInputAsPayload, comparableActivity, type ActivityPayload } from "@/components/activity-form-values";
import { conflictRows, type ConflictRow } from "@/components/save-feedback";
import type { ActivityEditorOptions } from "@/lib/data/reference/editor-options";
import { nameOf } from "@/lib/i18n/localized";
import type { ActivityInput } from "@/lib/validation/activity";

const COMPARED: (keyof ActivityPayload)[] = [
  "programId",
  "planId",
  "kind",
  "title",
  "titleJa",
  "description",
  "startDate",
  "endDate",
  "location",
  "hostStateCode",
  "participants",
  "nonInvitations",
  "status",
  "outcomes",
  "frameworkCode",
  "means",
  "keyAreas",
  "needIds",
  "consultations",
];

/** `theirs` is the current activity in the server's shape, `yours` what the form would send now. */
export function useActivityConflictRows(
  theirs: unknown,
  yours: ActivityPayload | null,
  options: ActivityEditorOptions,
  stateName: (code: string) => string,
): ConflictRow[] {
  const t = useTranslations("activityEditor");
  const tc = useTranslations("editor");
  const te = useTranslations("enums");
  const locale = useLocale();
  if (!theirs || !yours) return [];
  const describe = (field: keyof ActivityPayload, value: unknown): string => {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return tc("none");
    switch (field) {
      case "programId": {
        const found = options.programs.find((p) => p.id === value);
        return found ? nameOf(locale, found) : String(value);
      }
      case "planId":
        return options.plans.find((p) => p.id === value)?.title ?? String(value);
      case "hostStateCode":
        return stateName(String(value));
      case "participants":
        return (value as ActivityPayload["participants"])
          .map(
            (p) =>
              `${stateName(p.stateCode)} (${te(`participantRole.${p.role}`)}${p.participantCount === null ? "" : `, ${p.participantCount}`})`,
          )
          .join("\n");
      case "nonInvitations":
        return (value as ActivityPayload["nonInvitations"]).map((n) => `${stateName(n.stateCode)}: ${n.reason}`).join("\n");
      case "needIds":
        return (value as string[]).map((id) => options.needs.find((n) => n.id === id)?.title ?? id).join("\n");
      case "consultations":
        return (value as ActivityPayload["consultations"]).map((c) => `${c.heldOn} ${c.counterpart}`).join("\n");
      case "kind":
        return te(`activityKind.${String(value)}`);
      case "status":
        return te(`activityStatus.${String(value)}`);
      default:
        return Array.isArray(value) ? value.join(", ") : String(value);
    }
  };
  const current = comparableActivity(activityInputAsPayload(theirs as ActivityInput));
  return conflictRows(current, comparableActivity(yours), COMPARED, (field) => t(`fields.${field}`), describe);
}
