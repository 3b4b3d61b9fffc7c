import type { ActionResult } from "@/lib/actions/result";
import { Notice } from "./Notice";

/** The form-level outcome of a server action: a refusal as an error Notice, a success as a success Notice. */
export function FormMessage({ state }: { state: ActionResult<unknown> }) {
  const text = state.ok ? state.message : state.error;
  if (!text) return null;
  return <Notice tone={state.ok ? "success" : "error"}>{text}</Notice>;
}
