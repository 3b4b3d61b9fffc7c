import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/*
 * Platform tables: one row per store, user or decision, read across stores by
 * the platform console. They carry no row-level security; every query on them
 * is scoped in code. Tenant data lives in ./tenant.ts.
 */

export const storeStatus = pgEnum("store_status", ["pending", "active", "suspended", "rejected"]);
export const storePlan = pgEnum("store_plan", ["basic", "premium", "enterprise"]);
export const memberRole = pgEnum("member_role", ["owner", "admin", "catalog", "orders", "staff"]);
export const membershipStatus = pgEnum("membership_status", ["pending", "approved", "rejected", "removed"]);
export const domainStatus = pgEnum("domain_status", ["pending", "verified", "misconfigured"]);
/** Where a store's tenant rows live (docs/decisions/0019-store-placement.md). */
export const storePlacement = pgEnum("store_placement", ["pool", "dedicated"]);

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const stores = pgTable(
  "stores",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    status: storeStatus("status").notNull().default("pending"),
    plan: storePlan("plan").notNull().default("basic"),
    currency: text("currency").notNull().default("USD"),
    // The IANA zone the dashboard shows times in (lib/format/dates.ts); checked against Intl on save.
    timeZone: text("time_zone").notNull().default("UTC"),
    // What the applicant wrote ("what will you sell?").
    applicationNote: text("application_note"),
    statusReason: text("status_reason"),
    // Deletion with a grace period: restorable until purge_after, then purged by `npm run jobs`.
    deletionRequestedAt: timestamp("deletion_requested_at", { withTimezone: true }),
    purgeAfter: timestamp("purge_after", { withTimezone: true }),
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
    theme: jsonb("theme").$type<StoreTheme>().notNull().default({}),
    // The shared pool (this database) or a dedicated database. For a dedicated
    // one, placement_sealed holds its connection details encrypted with the
    // config keyring (lib/db/placement.ts); placement_label is what may be
    // shown of it (host and database name, never a password).
    placement: storePlacement("placement").notNull().default("pool"),
    placementSealed: text("placement_sealed"),
    placementLabel: text("placement_label"),
    ...timestamps,
  },
  (t) => [
    // Slugs are stored lower-case, so a plain unique index is case-insensitive.
    uniqueIndex("stores_slug_key").on(t.slug),
    check("stores_slug_lower", sql`${t.slug} = lower(${t.slug})`),
    check("stores_currency_format", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    index("stores_status_idx").on(t.status, t.createdAt),
  ],
);

export type StoreTheme = {
  tagline?: string;
  primaryColor?: string;
  logoPath?: string;
};

export const storeDomains = pgTable(
  "store_domains",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    status: domainStatus("status").notNull().default("pending"),
    verificationToken: text("verification_token").notNull(),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }),
    failedChecks: integer("failed_checks").notNull().default(0),
    ...timestamps,
  },
  (t) => [
    // A verified domain serves exactly one store. Pending claims may overlap:
    // a squatter's unverified claim must not block the real owner, whose TXT
    // record then decides (lib/domains/domains.ts drops the losing claims).
    uniqueIndex("store_domains_verified_domain_key").on(t.domain).where(sql`status = 'verified'`),
    uniqueIndex("store_domains_store_domain_key").on(t.storeId, t.domain),
    index("store_domains_domain_idx").on(t.domain),
    index("store_domains_store_idx").on(t.storeId),
    check("store_domains_domain_lower", sql`${t.domain} = lower(${t.domain})`),
  ],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    isPlatformAdmin: boolean("is_platform_admin").notNull().default(false),
    // Raised by a password reset: a staff session token carries the version it
    // was made with, and one older than this is ignored (lib/auth/session.ts),
    // so a reset ends every session of the account on every host.
    sessionVersion: integer("session_version").notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull().default("staff"),
    status: membershipStatus("status").notNull().default("pending"),
    // The applicant's own words ("why do you want to join?").
    requestNote: text("request_note"),
    decisionReason: text("decision_reason"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.storeId, t.userId] }),
    index("memberships_user_idx").on(t.userId),
    index("memberships_store_status_idx").on(t.storeId, t.status, t.createdAt),
  ],
);

/**
 * A store's move between placements while it runs (lib/db/move.ts): written
 * by whichever process moves it (a console request on any instance, the
 * CLI), so every instance's console shows the same progress. One row per
 * store; removed when the move ends. A row whose heartbeat is old belongs to
 * a move that was killed (lib/console/placement.ts).
 */
export const storeMoves = pgTable("store_moves", {
  storeId: uuid("store_id")
    .primaryKey()
    .references(() => stores.id, { onDelete: "cascade" }),
  step: text("step").notNull(),
  tableName: text("table_name"),
  rows: integer("rows"),
  via: text("via").notNull(),
  target: text("target").notNull(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    // Null for platform-wide events.
    storeId: uuid("store_id").references(() => stores.id, { onDelete: "set null" }),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    reason: text("reason"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_store_idx").on(t.storeId, t.createdAt), index("audit_log_created_idx").on(t.createdAt)],
);
