/*
 * What a domain function in lib/ hands back (errors are values, STYLE.md):
 * success with its data, or the caller's mistake as a value to show; only
 * programmer errors throw. Pure (no server-only), so client forms can name
 * the types.
 *
 * Two failure forms live here until the tests that read them are rewritten
 * (issue 15; docs/decisions/0026-one-result-module.md):
 * - `Failure` ({ code, message }): commerce, the storefront and the customer
 *   directory; the code lets the API pick a status without parsing words.
 * - `Refusal` ({ error, fieldErrors }): the dashboard's and console's
 *   domain (lib/stores, lib/console), the shape its forms show as is;
 *   `ActionResult` (lib/actions/result.ts) is the same shape at the edge.
 */

export type Failure<Code extends string = string> = {
  ok: false;
  code: Code;
  message: string;
  fieldErrors?: Record<string, string>;
};
export type Result<T, Code extends string = string> = ({ ok: true } & T) | Failure<Code>;

export function fail<Code extends string>(code: Code, message: string, fieldErrors?: Record<string, string>): Failure<Code> {
  return { ok: false, code, message, ...(fieldErrors ? { fieldErrors } : {}) };
}

/** Thrown inside a transaction to roll it back; turned into a Failure outside. */
export class Rollback<Code extends string = string> extends Error {
  constructor(readonly failure: Failure<Code>) {
    super(failure.message);
  }
}

/** Messages per form field (a field may have several). */
export type FieldErrors = Record<string, string[] | undefined>;

/** The dashboard domain's refusal: one message, messages per field, or both. */
export type Refusal = { ok: false; error?: string; fieldErrors?: FieldErrors };

/** The dashboard domain's result: a message to show and data for the caller, or a refusal. */
export type Outcome<T = undefined> = { ok: true; message?: string; data?: T } | Refusal;

export function refused(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

export function fieldError(field: string, message: string): { ok: false; fieldErrors: FieldErrors } {
  return { ok: false, fieldErrors: { [field]: [message] } };
}
