"use client";

// Pieces of a form that submits through a server action and must keep what was typed when refused:
// the action is dispatched by hand (onSubmit + startTransition), since React resets a <form action>
// after it runs; the outcome is shown above the fields, and the refusals beside them.
import { startTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

export type Result<T> = ActionResult<T> | null;

/** The form's onSubmit: its fields to the action, without React's reset. */
export function dispatch(action: (data: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
}

/** The answer of the last submission: `success` when it worked, the refusal's message when not. */
export function Outcome<T>({ state, success }: { state: Result<T>; success: string }) {
  if (!state) return null;
  if (state.ok) {
    return (
      <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {success}
      </p>
    );
  }
  return (
    <div role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
      {state.error}
    </div>
  );
}

/** A field's refusals in the last answer. */
export const fieldErrors =
  <T,>(state: Result<T>) =>
  (field: string) =>
    state && !state.ok ? state.fieldErrors?.[field] : undefined;
