"use client";

import { useState } from "react";

export interface SelectOption {
  value: string | number;
  label: string;
}

/**
 * A select that holds only its current choice until it is used, then fetches its options from
 * `source` (JSON: { options: SelectOption[] }). For the program filters: at twenty years of data they
 * list two hundred programs, which made up half of a list page's weight on every request, though
 * most requests never open that select.
 */
export function LazySelect({
  source,
  initial,
  defaultValue,
  anyLabel,
  ...select
}: Omit<React.ComponentProps<"select">, "defaultValue"> & {
  source: string;
  initial: SelectOption[];
  defaultValue: string | number;
  anyLabel?: string;
}) {
  const [options, setOptions] = useState(initial);
  const [state, setState] = useState<"idle" | "loading" | "loaded">("idle");
  const load = () => {
    if (state !== "idle") return;
    setState("loading");
    fetch(source, { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? (response.json() as Promise<{ options: SelectOption[] }>) : Promise.reject(response.status)))
      .then((body) => {
        setOptions(body.options);
        setState("loaded");
      })
      // The current choice stays usable; the next focus tries again.
      .catch(() => setState("idle"));
  };
  return (
    <select {...select} defaultValue={defaultValue} onFocus={load} onPointerDown={load} aria-busy={state === "loading"}>
      {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
