import { sql } from "drizzle-orm";
import { check, foreignKey, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { customers } from "./commerce";
import { memberRole, stores, users } from "./platform";

/*
 * Accounts people expect (issue 11 §4, docs/decisions/0023-accounts.md):
 * staff invites (a platform table, like memberships: scoped in code by store)
 * and the customer's single-use links (a tenant table: forced RLS in the
 * migration). Every token is 256 random bits of which only a SHA-256 is kept.
 */

/** An invitation to join a store's staff with a role; pending until accepted, revoked or expired. */
export const storeInvites = pgTable(
  "store_invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    // Lower case (CHECK below); the account that accepts must have this email.
    email: text("email").notNull(),
    role: memberRole("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("store_invites_token_key").on(t.tokenHash),
    // One open invitation per email and store: inviting again is "resend".
    uniqueIndex("store_invites_open_key").on(t.storeId, t.email).where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
    index("store_invites_store_idx").on(t.storeId, t.createdAt),
    check("store_invites_email_lower", sql`${t.email} = lower(${t.email})`),
  ],
);

/** A customer's single-use link: reset the password, or verify the email (bound to the email it was sent to). */
export const customerTokens = pgTable(
  "customer_tokens",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    customerId: uuid("customer_id").notNull(),
    purpose: text("purpose").notNull(),
    email: text("email").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.tokenHash] }),
    foreignKey({ columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] }).onDelete("cascade"),
    index("customer_tokens_customer_idx").on(t.tenantId, t.customerId),
    check("customer_tokens_purpose", sql`${t.purpose} in ('reset', 'verify')`),
  ],
);
