/*
 * What every server action returns (errors are values at the edge): field
 * errors for the user's mistakes, one message for a refusal, or success.
 * Pure, so client forms import the type and the initial state.
 */
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; error?: string; fieldErrors?: FieldErrors };

/** useActionState's starting value: nothing submitted yet. */
export const idle: ActionResult<never> = { ok: false };

export function refused(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

export function fieldError(field: string, message: string): { ok: false; fieldErrors: FieldErrors } {
  return { ok: false, fieldErrors: { [field]: [message] } };
}
