/**
 * Errors as values at the edge (STYLE.md): the customer's or member's mistakes
 * come back as { ok: false } with a message to show; only programmer errors throw.
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
