import { getLocale, getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import { primaryButtonClass } from "@/components/ui/button";
import { nameOf } from "@/lib/i18n/localized";

/**
 * The first step of a new plan from the plans list: which program it belongs to. A plain GET form to
 * the same page (`?program=`), which then shows the plan's own form: it works without JavaScript.
 */
export async function ProgramChoice({ programs }: { programs: { id: string; nameEn: string; nameJa: string }[] }) {
  const [t, locale] = await Promise.all([getTranslations("planEditor"), getLocale()]);
  return (
    <form method="get" action="/plans/new" className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div>
        <label htmlFor="new-plan-program" className="block text-sm font-medium text-slate-800">
          {t("programLabel")}
        </label>
        <select id="new-plan-program" name="program" required className={inputClass} defaultValue="">
          <option value="" disabled>
            —
          </option>
          {programs.map((program) => (
            <option key={program.id} value={program.id}>
              {nameOf(locale, program)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={primaryButtonClass}>
        {t("continue")}
      </button>
    </form>
  );
}
