/*
 * How the console's mailbox describes a message's delivery (lib/mail/send.ts).
 * Pure, so it is tested row by row.
 */

import { formatDate } from "@/lib/format/dates";

type Row = { sentAt: Date | null; failedAt: Date | null; attempts: number; lastError: string | null; nextAttemptAt: Date };

export type DeliveryState = { status: "sent" | "failed" | "retrying" | "queued"; text: string };

// The console shows platform times in UTC, said so (lib/format/dates.ts).
const minute = (d: Date) => formatDate(d, { locale: "en-US", timeZone: "UTC" });
const tries = (n: number) => `${n} attempt${n === 1 ? "" : "s"}`;

export function deliveryState(row: Row): DeliveryState {
  if (row.sentAt) return { status: "sent", text: row.attempts > 1 ? `sent (after ${tries(row.attempts)})` : "sent" };
  if (row.failedAt) return { status: "failed", text: `failed after ${tries(row.attempts)}, not retried: ${row.lastError ?? "unknown error"}` };
  if (row.lastError) return { status: "retrying", text: `${tries(row.attempts)} failed (${row.lastError}); next try ${minute(row.nextAttemptAt)} UTC` };
  return { status: "queued", text: "not sent" };
}
