import type { RuleView } from "@/lib/actions/result";

// Rule messages as the server phrased them (code, principle, what is wrong, how to fix it).
export function RuleList({ rules }: { rules: RuleView[] }) {
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {rules.map((rule) => (
        <li
          key={`${rule.code}-${rule.fields.join(",")}`}
          data-rule={rule.code}
          className={rule.severity === "error" ? "text-rose-900" : "text-amber-900"}
        >
          {rule.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * Rules of later steps that the record does not meet yet: a quiet note beside a refusal, so that the
 * user knows what comes, without mistaking it for what stopped this step.
 */
export function LaterRules({ title, rules }: { title: string; rules?: RuleView[] }) {
  if (!rules?.length) return null;
  return (
    <div data-testid="later-rules" className="mt-2 text-sm text-slate-700">
      <p className="font-medium">{title}</p>
      <ul className="mt-1 space-y-1">
        {rules.map((rule) => (
          <li key={rule.code} data-rule={rule.code}>
            {rule.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
