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
