import "server-only";
import { sql, type AnyColumn } from "drizzle-orm";
import { z } from "zod";

/*
 * Keyset cursors on (created_at, id). The time travels as PostgreSQL's own
 * microsecond value in UTC ISO form — a JS Date would round to milliseconds and
 * skip or repeat rows — and is validated before it reaches a ::timestamptz
 * cast, so a tampered cursor is a validation error, never a database error.
 */

/** created_at as "2026-11-23T03:25:04.123456Z", for the cursor of the last row on a page. */
export const cursorTimeSql = (column: AnyColumn) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export const cursorTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
  .refine((t) => {
    const ms = Date.parse(t);
    // Rejects impossible dates that Date.parse would roll over (Feb 30 → Mar 1).
    return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === t.slice(0, 19);
  }, "not a real time");

/*
 * The one cursor codec: base64url JSON of the last row's sort key. Opaque to
 * clients; decoding validates both parts, so a bad or tampered cursor comes
 * back "invalid" — the API answers that with a validation error, the
 * storefront with page one — and never reaches SQL.
 */
const cursorSchema = z.object({ t: cursorTimeSchema, id: z.uuid() });
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

export function decodeCursor(value: string | undefined | null): Cursor | null | "invalid" {
  if (!value) return null;
  if (value.length > 200) return "invalid";
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : "invalid";
  } catch {
    return "invalid";
  }
}
