import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { stores, users } from "./platform";

/*
 * Running the platform (issue 5): per-store configuration, API keys, usage
 * counters and support impersonation. store_config and usage_counters are
 * tenant tables (tenant_id first, forced RLS in 0003_operations_rls.sql);
 * api_keys and impersonations are platform tables, scoped in code.
 */

/** Key/value settings; a secret's value is only ever stored sealed (lib/config/crypto.ts). */
export const storeConfig = pgTable(
  "store_config",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    value: jsonb("value"),
    sealedValue: text("sealed_value"),
    keyId: text("key_id"),
    updatedBy: uuid("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.key] }),
    check("store_config_one_value", sql`(${t.value} is null) <> (${t.sealedValue} is null)`),
  ],
);

/** Requests and checkouts per store per hour, for usage charts and plan limits. */
export const usageCounters = pgTable(
  "usage_counters",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    requests: integer("requests").notNull().default(0),
    apiRequests: integer("api_requests").notNull().default(0),
    checkouts: integer("checkouts").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.hour] })],
);

/**
 * API keys: `store_id` set → a store key (its endpoints only); null → a
 * platform key (the /stores endpoints). Only a SHA-256 of the secret is kept;
 * the prefix finds the row and is safe to show.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storeId: uuid("store_id").references(() => stores.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull(),
    scopes: text("scopes").array().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_keys_prefix_key").on(t.prefix), index("api_keys_store_idx").on(t.storeId)],
);

/** A platform admin acting in a store's dashboard as support: time-boxed, audited. */
export const impersonations = pgTable(
  "impersonations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    adminUserId: uuid("admin_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    index("impersonations_admin_idx").on(t.adminUserId, t.expiresAt),
    check("impersonations_at_most_30_minutes", sql`${t.expiresAt} <= ${t.startedAt} + interval '30 minutes'`),
  ],
);
