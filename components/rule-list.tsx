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
