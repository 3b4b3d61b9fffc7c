import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { stores, users } from "./platform";

/*
 * Platform tables for accounts and notifications (issue 3). Like the other
 * platform tables they carry no row-level security: every query on them names
 * the user, store or token it is about.
 */

/**
 * Single-use tokens that carry a root-domain sign-in over to a store host
 * (no shared cookie across hosts). Only a SHA-256 of the token is stored, so a
 * database reader cannot replay one; `used_at` makes each token single-use.
 */
export const loginTokens = pgTable(
  "login_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_tokens_expires_idx").on(t.expiresAt)],
);

/**
 * Mail written in the same transaction as the request or decision it reports
 * (transactional outbox): a message exists exactly when the change committed.
 * A sender delivers rows with `sent_at` and `failed_at` null when SMTP_URL is
 * set; the platform console's mailbox lists every row with its state.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    // The store the message is about; null for platform mail.
    storeId: uuid("store_id").references(() => stores.id, { onDelete: "set null" }),
    toEmail: text("to_email").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    // The HTML alternative of `body`, from the same template (lib/mail/order-mail.tsx); null for text-only mail.
    html: text("html"),
    // What produced it ("store_application.approved", …), for filtering.
    kind: text("kind").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Delivery state (lib/mail/send.ts, docs/decisions/0011-mail-delivery-and-bad-input.md):
    // how many sends were started, who holds the row and until when (a
    // crashed sender's lease simply runs out), when the next try is due
    // (exponential backoff), and when it was given up.
    attempts: integer("attempts").notNull().default(0),
    leaseToken: uuid("lease_token"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    failedAt: timestamp("failed_at", { withTimezone: true }),
  },
  (t) => [index("mail_outbox_created_idx").on(t.createdAt), index("mail_outbox_unsent_idx").on(t.sentAt, t.id)],
);

/**
 * Single-use links to set a password (an owner invited from the console gets
 * an account with an unusable password and one of these by mail). Like login
 * tokens, only a SHA-256 of the token is kept; `used_at` spends it once and
 * `expires_at` bounds how long a leaked mail stays useful.
 */
export const passwordTokens = pgTable(
  "password_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // "invite" (an account made for someone: set a first password) or "reset"
    // (forgot password: shorter-lived, and spending it ends the account's sessions).
    purpose: text("purpose").notNull().default("invite"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("password_tokens_user_idx").on(t.userId), check("password_tokens_purpose", sql`${t.purpose} in ('invite', 'reset')`)],
);
