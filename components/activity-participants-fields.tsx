"use client";

// The "who" of an activity: participating states with their role and head count, and for a
// multilateral program a reason for each ASEAN member left out (rule H2).
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { FieldErrors, inputClass } from "@/components/ui/field";
import { rowKey, type ParticipantRow } from "@/components/activity-form-values";
import { PARTICIPANT_ROLES } from "@/lib/domain/activity";
import { LIMITS } from "@/lib/domain/limits";

export interface StateChoice {
  code: string;
  name: string;
}

export function ParticipantsFields({
  rows,
  states,
  aseanMembers,
  onChange,
  errorsAt,
  sectionErrors,
}: {
  rows: ParticipantRow[];
  states: StateChoice[];
  /** ASEAN members on the activity's start date, for "add every member". */
  aseanMembers: string[];
  onChange: (rows: ParticipantRow[]) => void;
  errorsAt: (path: string) => string[] | undefined;
  sectionErrors?: string[];
}) {
  const t = useTranslations("activityEditor");
  const te = useTranslations("enums");
  const tc = useTranslations("editor");
  const update = (index: number, change: Partial<ParticipantRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const listed = new Set(rows.map((row) => row.stateCode));
  const missing = aseanMembers.filter((code) => !listed.has(code));
  return (
    <fieldset aria-describedby={sectionErrors?.length ? "activity-participants-errors" : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t("fields.participants")}</legend>
      <FieldErrors id="activity-participants-errors" messages={sectionErrors} />
      {rows.length ? (
        <ol className="mt-2 space-y-2">
          {rows.map((row, index) => {
            const id = `activity-participants-${index}`;
            const stateErrors = errorsAt(`participants.${index}.stateCode`);
            const roleErrors = errorsAt(`participants.${index}.role`);
            const countErrors = errorsAt(`participants.${index}.participantCount`);
            return (
              <li key={row.key}>
                <fieldset className="grid grid-cols-1 gap-2 rounded border border-slate-200 p-2 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-start">
                  <legend className="sr-only">{t("participantRow", { n: index + 1 })}</legend>
                  <div>
                    <label htmlFor={`${id}-state`} className="block text-xs font-medium text-slate-700">
                      {t("participantState")}
                    </label>
                    <select
                      id={`${id}-state`}
                      value={row.stateCode}
                      onChange={(event) => update(index, { stateCode: event.target.value })}
                      aria-invalid={stateErrors ? true : undefined}
                      aria-describedby={stateErrors ? `${id}-state-errors` : undefined}
                      className={inputClass}
                    >
                      <option value="">{tc("choose")}</option>
                      {states.map((state) => (
                        <option key={state.code} value={state.code}>
                          {state.name}
                        </option>
                      ))}
                    </select>
                    <FieldErrors id={`${id}-state-errors`} messages={stateErrors} />
                  </div>
                  <div>
                    <label htmlFor={`${id}-role`} className="block text-xs font-medium text-slate-700">
                      {t("participantRole")}
                    </label>
                    <select
                      id={`${id}-role`}
                      value={row.role}
                      onChange={(event) => update(index, { role: event.target.value })}
                      aria-invalid={roleErrors ? true : undefined}
                      className={inputClass}
                    >
                      {PARTICIPANT_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {te(`participantRole.${role}`)}
                        </option>
                      ))}
                    </select>
                    <FieldErrors id={`${id}-role-errors`} messages={roleErrors} />
                  </div>
                  <div>
                    <label htmlFor={`${id}-count`} className="block text-xs font-medium text-slate-700">
                      {t("participantCount")}
                    </label>
                    <input
                      id={`${id}-count`}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={LIMITS.participantCount}
                      step={1}
                      value={row.participantCount}
                      onChange={(event) => update(index, { participantCount: event.target.value })}
                      aria-invalid={countErrors ? true : undefined}
                      aria-describedby={[`activity-count-hint`, countErrors ? `${id}-count-errors` : null].filter(Boolean).join(" ")}
                      className={inputClass}
                    />
                    <FieldErrors id={`${id}-count-errors`} messages={countErrors} />
                  </div>
                  <button
                    type="button"
                    className={`${buttonClass} sm:mt-5`}
                    aria-label={t("removeParticipant", { n: index + 1 })}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    {tc("remove")}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{t("noParticipants")}</p>
      )}
      <p id="activity-count-hint" className="mt-1 text-xs text-slate-600">
        {t("participantCountHint")}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass}
          onClick={() => onChange([...rows, { key: rowKey(), stateCode: "", role: "PARTICIPANT", participantCount: "" }])}
        >
          {t("addParticipant")}
        </button>
        {missing.length ? (
          <button
            type="button"
            className={buttonClass}
            onClick={() =>
              onChange([...rows, ...missing.map((stateCode) => ({ key: rowKey(), stateCode, role: "PARTICIPANT", participantCount: "" }))])
            }
          >
            {t("addAllAsean")}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

export function NonInvitationFields({
  omitted,
  stateName,
  reasons,
  onChange,
  errorsFor,
  sectionErrors,
}: {
  /** The ASEAN members the activity leaves out, in display order. */
  omitted: string[];
  stateName: (code: string) => string;
  reasons: Record<string, string>;
  onChange: (reasons: Record<string, string>) => void;
  errorsFor: (stateCode: string) => string[] | undefined;
  sectionErrors?: string[];
}) {
  const t = useTranslations("activityEditor");
  return (
    <fieldset aria-describedby="activity-nonInvitations-hint">
      <legend className="text-sm font-medium text-slate-800">{t("fields.nonInvitations")}</legend>
      <p id="activity-nonInvitations-hint" className="text-xs text-slate-600">
        {t("nonInvitedHint")}
      </p>
      <FieldErrors id="activity-nonInvitations-errors" messages={sectionErrors} />
      {omitted.length ? (
        <ul className="mt-2 space-y-2">
          {omitted.map((code) => {
            const id = `activity-nonInvitations-${code}`;
            const errors = errorsFor(code);
            return (
              <li key={code}>
                <label htmlFor={id} className="block text-sm text-slate-800">
                  {t("reasonFor", { state: stateName(code) })}
                </label>
                <input
                  id={id}
                  type="text"
                  maxLength={LIMITS.reason}
                  value={reasons[code] ?? ""}
                  onChange={(event) => onChange({ ...reasons, [code]: event.target.value })}
                  aria-invalid={errors ? true : undefined}
                  aria-describedby={errors ? `${id}-errors` : undefined}
                  className={inputClass}
                />
                <FieldErrors id={`${id}-errors`} messages={errors} />
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{t("allInvited")}</p>
      )}
    </fieldset>
  );
}
