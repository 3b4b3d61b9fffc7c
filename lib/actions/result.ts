/*
 * What every server action returns (errors are values at the edge): field
 * errors for the user's mistakes, one message for a refusal, or success.
 * The dashboard's domain functions (lib/stores, lib/console) return the same
 * shape, `Outcome` in lib/result.ts, so an action passes theirs on as is.
 * Pure, so client forms import the type and the initial state.
 */
import type { Outcome } from "@/lib/result";

export { fieldError, refused, type FieldErrors } from "@/lib/result";

export type ActionResult<T = undefined> = Outcome<T>;

/** useActionState's starting value: nothing submitted yet. */
export const idle: ActionResult<never> = { ok: false };
