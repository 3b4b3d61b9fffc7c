import type { ActionResult } from "@/lib/actions/result";

/** The form-level outcome: a refusal in red, a success in green, announced to screen readers. */
export function FormMessage({ state }: { state: ActionResult<unknown> }) {
  const text = state.ok ? state.message : state.error;
  if (!text) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`rounded-md px-3 py-2 text-sm ${state.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>
      {text}
    </p>
  );
}
