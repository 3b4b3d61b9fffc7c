import "server-only";
import { randomUUID } from "node:crypto";
import { databaseFault, type DatabaseFault } from "@/lib/db/errors";

/*
 * Calm failures (issue 8): an error the user did not cause is logged here,
 * on the server, in full — with a short reference — and the user sees only
 * words and that reference. Never SQL, never a stack trace.
 */

/** A short id a user can read out to support; the log line carries the same. */
export function newReference(): string {
  return randomUUID().slice(0, 8);
}

export type Reported = { reference: string; fault: DatabaseFault | null };

/** Logs `err` under `reference` (a new one unless given) and says whether the database was at fault. */
export function reportError(where: string, err: unknown, reference = newReference()): Reported {
  const fault = databaseFault(err);
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  console.error(`[error] ref=${reference} where=${where} fault=${fault ?? "internal"} ${detail}`);
  return { reference, fault };
}

/** What a user reads when the database is down or busy, or something broke on our side. */
export function calmMessage(r: Reported): string {
  if (r.fault === "maintenance") return `Store maintenance, back in a moment: nothing was changed, please try again shortly. (Reference ${r.reference})`;
  return r.fault
    ? `Plaza cannot reach its database right now. Please try again in a moment. (Reference ${r.reference})`
    : `Something went wrong on our side. Please try again; if it keeps happening, contact support with the reference ${r.reference}.`;
}
