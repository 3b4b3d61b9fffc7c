import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { apiKeys } from "./operations";
import { stores } from "./platform";

/*
 * The REST API's own state (docs/decisions/0017-rest-api-idempotency-webhooks.md):
 * idempotency records and outbound webhooks. api_idempotency,
 * webhook_endpoints and webhook_deliveries are tenant tables (tenant_id
 * first, forced RLS in drizzle/0016_api_webhooks.sql); platform_idempotency
 * holds only the platform keys' requests that name no store (POST /stores).
 */

const tenantId = () =>
  uuid("tenant_id")
    .notNull()
    .references(() => stores.id, { onDelete: "cascade" });

const idempotencyColumns = {
  key: text("key").notNull(),
  // SHA-256 of method, path and body: the same key with another request is refused.
  fingerprint: text("fingerprint").notNull(),
  // Null while the first request runs; then the response that is replayed.
  status: integer("status"),
  body: text("body"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
};

/** A store-scoped POST's Idempotency-Key, per (store, API key, key). */
export const apiIdempotency = pgTable(
  "api_idempotency",
  {
    tenantId: tenantId(),
    // No foreign key: a tenant table's keys lead with tenant_id (rows expire after a day anyway).
    apiKeyId: uuid("api_key_id").notNull(),
    ...idempotencyColumns,
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.apiKeyId, t.key] }), index("api_idempotency_created_idx").on(t.tenantId, t.createdAt)],
);

/** A platform key's POST that names no store yet (opening a store), per (API key, key). */
export const platformIdempotency = pgTable(
  "platform_idempotency",
  {
    apiKeyId: uuid("api_key_id")
      .notNull()
      .references(() => apiKeys.id, { onDelete: "cascade" }),
    ...idempotencyColumns,
  },
  (t) => [primaryKey({ columns: [t.apiKeyId, t.key] })],
);

export const webhookEndpointStatus = pgEnum("webhook_endpoint_status", ["enabled", "disabled"]);
export const webhookDeliveryStatus = pgEnum("webhook_delivery_status", ["pending", "succeeded", "failed"]);

/** Where a store wants its events sent; the signing secret is sealed like a secret setting (lib/config/crypto.ts). */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    tenantId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    url: text("url").notNull(),
    description: text("description").notNull().default(""),
    events: text("events").array().notNull(),
    sealedSecret: text("sealed_secret").notNull(),
    status: webhookEndpointStatus("status").notNull().default("enabled"),
    // Deliveries given up in a row; reset by a success. At the limit the endpoint is disabled.
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    disabledReason: text("disabled_reason"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index("webhook_endpoints_tenant_status_idx").on(t.tenantId, t.status)],
);

/**
 * One event for one endpoint: written in the transaction of the change (by
 * triggers on audit_log and orders), sent later by the jobs pass with
 * retries and backoff. The delivery log of the settings page.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    tenantId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    endpointId: uuid("endpoint_id").notNull(),
    eventId: uuid("event_id").notNull(),
    eventType: text("event_type").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: webhookDeliveryStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    // A sender holds the row until then (a crashed sender's lease runs out).
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    responseStatus: integer("response_status"),
    responseBody: text("response_body"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.endpointId], foreignColumns: [webhookEndpoints.tenantId, webhookEndpoints.id] }).onDelete("cascade"),
    index("webhook_deliveries_due_idx").on(t.tenantId, t.status, t.nextAttemptAt),
    index("webhook_deliveries_endpoint_idx").on(t.tenantId, t.endpointId, t.createdAt),
    check("webhook_deliveries_attempts_nonnegative", sql`${t.attempts} >= 0`),
  ],
);

export const storeExportStatus = pgEnum("store_export_status", ["pending", "running", "succeeded", "failed"]);

/**
 * An export asked for over the API (docs/decisions/0024): queued on pg-boss,
 * written by the worker through lib/stores/transfer, kept in the file store
 * outside the store's own prefix until `expiresAt`, downloaded by a signed link.
 */
export const storeExports = pgTable(
  "store_exports",
  {
    tenantId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    status: storeExportStatus("status").notNull().default("pending"),
    // The tables asked for (null: every table); the archive also holds what they depend on.
    tables: text("tables").array(),
    requestedBy: uuid("requested_by"),
    apiKeyId: uuid("api_key_id"),
    // The manifest's table list once written: name, file, rows.
    manifest: jsonb("manifest"),
    bytes: integer("bytes"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index("store_exports_tenant_created_idx").on(t.tenantId, t.createdAt)],
);

/**
 * The platform's own webhook endpoints (docs/decisions/0024): registered in the
 * console for platform events (store created, suspended, reactivated, deletion
 * requested, restored, purged; domain verified or failed). Platform tables (no
 * tenant_id): they belong to no store and only platform admins reach them. The
 * signing secret is sealed like a store endpoint's, bound to `platform/{id}`.
 */
export const platformWebhookEndpoints = pgTable("platform_webhook_endpoints", {
  id: uuid("id").primaryKey().defaultRandom(),
  url: text("url").notNull(),
  description: text("description").notNull().default(""),
  events: text("events").array().notNull(),
  sealedSecret: text("sealed_secret").notNull(),
  status: webhookEndpointStatus("status").notNull().default("enabled"),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  disabledReason: text("disabled_reason"),
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
  createdBy: uuid("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One platform event for one platform endpoint: queued by a trigger on audit_log, sent by the jobs pass. */
export const platformWebhookDeliveries = pgTable(
  "platform_webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => platformWebhookEndpoints.id, { onDelete: "cascade" }),
    eventId: uuid("event_id").notNull(),
    eventType: text("event_type").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: webhookDeliveryStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    responseStatus: integer("response_status"),
    responseBody: text("response_body"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("platform_webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
    index("platform_webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt),
    check("platform_webhook_deliveries_attempts_nonnegative", sql`${t.attempts} >= 0`),
  ],
);
