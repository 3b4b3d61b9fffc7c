import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Database } from "@/lib/db/connect";
import { mailOutbox } from "@/lib/db/schema";

/*
 * Delivers the outbox (docs/decisions/0011-mail-delivery-and-bad-input.md). Called after the
 * commit, never inside the decision's transaction: a slow or failing mail
 * server must not hold or undo a decision. No transaction is ever open while
 * SMTP talks; every step is one short statement of its own:
 *
 *   1. claim: a batch of due rows gets this pass's lease token (FOR UPDATE
 *      SKIP LOCKED inside one UPDATE, so two senders never claim one row);
 *   2. start: per message, re-check the lease is still ours, count the
 *      attempt and extend the lease — a row whose lease ran out and was
 *      claimed by another sender is skipped, not sent twice;
 *   3. send with a Message-ID derived from the row, the same on every try;
 *   4. mark it sent (or record the failure and when to retry).
 *
 * A crashed sender holds nothing: its leases run out and the rows are due
 * again. The only message that can reach a recipient twice is the one whose
 * SMTP "250 accepted" arrived and whose step 4 never committed — at most one
 * per crashed sender, and it carries the same Message-ID both times.
 */

const FROM = "Plaza <no-reply@plaza.invalid>";

export const MAIL_DELIVERY = {
  /** How long a claimed row stays ours. Far above the SMTP timeouts below, so a live sender's lease never runs out mid-send. */
  leaseMs: 5 * 60_000,
  /** After this many failed sends the message is marked failed (the console's mailbox shows it). */
  maxAttempts: 8,
  /** Backoff before try n+1: baseDelay · 2^(n−1), at most maxDelay (1, 2, 4 … 128 min: ~4 h in all). */
  baseDelayMs: 60_000,
  maxDelayMs: 6 * 60 * 60_000,
};

export type DeliveryOptions = Partial<typeof MAIL_DELIVERY>;
type MailTransport = Pick<Transporter, "sendMail">;

/** Stable per outbox row and unique across a database reset (ids restart, creation times do not). */
export function messageIdFor(row: { id: number; createdAt: Date }): string {
  return `<outbox-${row.id}-${row.createdAt.getTime()}@plaza.invalid>`;
}

export function retryDelayMs(attempts: number, options: DeliveryOptions = {}): number {
  const { baseDelayMs, maxDelayMs } = { ...MAIL_DELIVERY, ...options };
  return Math.min(baseDelayMs * 2 ** Math.max(0, attempts - 1), maxDelayMs);
}

const interval = (ms: number) => sql`now() + ${ms} * interval '1 millisecond'`;

function smtpTransport(url: string): Transporter {
  // nodemailer's defaults wait up to 2 min to connect and 10 min on a silent
  // socket; the lease must outlast a send, so the waits are kept short.
  return nodemailer.createTransport({ url, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 });
}

/**
 * Delivers up to `limit` due messages through SMTP_URL (or a given transport,
 * for tests); without one the rows stay listed in the console mailbox.
 * Returns how many were accepted by the mail server.
 */
export async function deliverPendingMail(
  database: Database,
  smtp: string | MailTransport | undefined,
  limit = 20,
  options: DeliveryOptions = {},
): Promise<number> {
  if (!smtp) return 0;
  const policy = { ...MAIL_DELIVERY, ...options };
  const owned = typeof smtp === "string" ? smtpTransport(smtp) : null;
  const transport = owned ?? (smtp as MailTransport);
  const token = randomUUID();
  let sent = 0;
  try {
    for (const row of await claim(database, token, limit, policy.leaseMs)) {
      const attempts = await start(database, row.id, token, policy.leaseMs);
      if (attempts === null) continue; // the lease ran out and another sender has the row
      try {
        await transport.sendMail({ from: FROM, to: row.toEmail, subject: row.subject, text: row.body, ...(row.html ? { html: row.html } : {}), messageId: messageIdFor(row) });
      } catch (err) {
        await recordFailure(database, row.id, token, attempts, err, policy);
        continue;
      }
      await markSent(database, row.id, token);
      sent++;
    }
  } finally {
    owned?.close();
  }
  return sent;
}

/** Step 1: due rows (unsent, not given up, retry time reached, no live lease), oldest first. */
async function claim(database: Database, token: string, limit: number, leaseMs: number) {
  const due = database
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        isNull(mailOutbox.sentAt),
        isNull(mailOutbox.failedAt),
        lte(mailOutbox.nextAttemptAt, sql`now()`),
        or(isNull(mailOutbox.leaseUntil), lt(mailOutbox.leaseUntil, sql`now()`)),
      ),
    )
    .orderBy(asc(mailOutbox.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  const rows = await database
    .update(mailOutbox)
    .set({ leaseToken: token, leaseUntil: interval(leaseMs) })
    .where(inArray(mailOutbox.id, due))
    .returning({ id: mailOutbox.id, toEmail: mailOutbox.toEmail, subject: mailOutbox.subject, body: mailOutbox.body, html: mailOutbox.html, createdAt: mailOutbox.createdAt });
  return rows.sort((a, b) => a.id - b.id);
}

/** Step 2: the attempt number, or null when the row is no longer ours. */
async function start(database: Database, id: number, token: string, leaseMs: number): Promise<number | null> {
  const [row] = await database
    .update(mailOutbox)
    .set({ attempts: sql`${mailOutbox.attempts} + 1`, leaseUntil: interval(leaseMs) })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.leaseToken, token), isNull(mailOutbox.sentAt), isNull(mailOutbox.failedAt)))
    .returning({ attempts: mailOutbox.attempts });
  return row?.attempts ?? null;
}

/**
 * Step 4. The mail server has the message now; until this commits a crash
 * would send it again, so a database hiccup here is retried briefly rather
 * than left to the lease.
 */
async function markSent(database: Database, id: number, token: string): Promise<void> {
  for (let tries = 1; ; tries++) {
    try {
      await database
        .update(mailOutbox)
        .set({ sentAt: sql`now()`, lastError: null, leaseToken: null, leaseUntil: null })
        .where(and(eq(mailOutbox.id, id), eq(mailOutbox.leaseToken, token)));
      return;
    } catch (err) {
      if (tries >= 5) {
        console.error(`[mail] message ${id} was accepted by the mail server but could not be marked sent; it may be sent again`, err);
        return;
      }
      await new Promise((r) => setTimeout(r, 200 * tries));
    }
  }
}

/** A 5xx answer is the mail server's final no (unknown mailbox …): retrying cannot help. */
const permanent = (err: unknown) => {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
};

async function recordFailure(database: Database, id: number, token: string, attempts: number, err: unknown, policy: typeof MAIL_DELIVERY) {
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
  const giveUp = permanent(err) || attempts >= policy.maxAttempts;
  await database
    .update(mailOutbox)
    .set({
      lastError: message,
      leaseToken: null,
      leaseUntil: null,
      nextAttemptAt: interval(retryDelayMs(attempts, policy)),
      failedAt: giveUp ? sql`now()` : null,
    })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.leaseToken, token)));
}
