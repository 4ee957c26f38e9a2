// A labelled <select> for the GET filter forms (activities, reports, insights): the first option,
// "any", means no filter; a select without `anyLabel` always has a value (e.g. a fiscal year).

export const filterFieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";
export const filterLabelClass = "block text-sm font-medium text-slate-800";

export function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  anyLabel?: string;
  value: string | number | undefined;
  options: { value: string | number; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={props.id} className={filterLabelClass}>
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""} className={filterFieldClass}>
        {props.anyLabel !== undefined ? <option value="">{props.anyLabel}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
