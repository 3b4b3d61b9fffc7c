import { z } from "zod";
import { PLAN_IDS } from "@/lib/plans/plans";
import { fulfillmentStatus, orderStatus, paymentStatus } from "@/lib/db/schema/commerce";
import { domainStatus, storeStatus } from "@/lib/db/schema/platform";
import { storeExportStatus, webhookDeliveryStatus } from "@/lib/db/schema/api";
import { inviteInputSchema } from "@/lib/stores/invite-input";

/*
 * Request and response shapes of /api/v1, used both to validate and to
 * generate /api/v1/openapi.json — one source, so the document cannot drift.
 */

/* ---- Shared pieces: each rule once ---- */

const STORE_STATUS = z.enum(storeStatus.enumValues);
/** A store's name: the settings form's rule (lib/stores/theme.ts), for opening and for renaming. */
const STORE_NAME = z.string().trim().min(2).max(80);
const next = z.string().nullable().describe("Pass as `after` for the next page; null on the last page");
const limit = z.coerce.number().int().min(1).max(100).default(25).describe("Items per page, 1–100");
const after = z.string().max(200).optional().describe("The `next` value of the previous page");

export const storeSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    status: STORE_STATUS,
    plan: z.enum(PLAN_IDS),
    currency: z.string(),
    statusReason: z.string().nullable(),
    deletionScheduledFor: z.string().nullable().describe("When the store will be purged, if deletion was requested"),
    createdAt: z.string(),
  })
  .meta({ id: "Store" });

export const storeListSchema = z.object({ data: z.array(storeSchema), next }).meta({ id: "StoreList" });

export const storeListQuery = z.object({
  status: STORE_STATUS.optional(),
  q: z.string().trim().max(100).optional(),
  limit,
  after,
});

export const storeUpdateSchema = z
  .object({
    name: STORE_NAME.optional(),
    plan: z.enum(PLAN_IDS).optional(),
  })
  .refine((v) => v.name !== undefined || v.plan !== undefined, "Send at least one of name, plan.")
  .meta({ id: "StoreUpdate" });

export const reasonSchema = z.object({ reason: z.string().trim().min(1, "Give a reason.").max(1000) }).meta({ id: "Reason" });
export const optionalReasonSchema = z.object({ reason: z.string().trim().max(1000).optional() }).meta({ id: "OptionalReason" });

export const productSchema = z
  .object({
    id: z.uuid(),
    handle: z.string(),
    title: z.string(),
    description: z.string(),
    priceCents: z.number().int(),
    currency: z.string(),
    stock: z.number().int(),
    status: z.enum(["draft", "active", "archived"]),
    image: z.string().nullable().describe("The product image's stored name (the storefront serves it at `/images/{image}`); null: none"),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Product" });

export const productListSchema = z.object({ data: z.array(productSchema), next }).meta({ id: "ProductList" });

export const pageQuery = z.object({ limit, after });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe("Stable machine-readable code, e.g. rate_limited"),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });

export const joinRequestSchema = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    note: z.string().nullable().describe("What the applicant wrote"),
    requestedAt: z.string(),
  })
  .meta({ id: "JoinRequest" });

export const joinRequestListSchema = z.object({ data: z.array(joinRequestSchema), next }).meta({ id: "JoinRequestList" });

export const approveSchema = z
  .object({ role: z.enum(["admin", "catalog", "orders", "staff"]).default("staff").describe("Owners can only be made in the dashboard") })
  .meta({ id: "Approval" });

export const decisionResultSchema = z.object({ ok: z.literal(true), message: z.string() }).meta({ id: "DecisionResult" });

export const storeCreateSchema = z
  .object({
    name: STORE_NAME,
    slug: z.string().describe("3–50 lower-case letters, digits or hyphens; not a reserved word"),
    plan: z.enum(PLAN_IDS).default("basic"),
    ownerEmail: z.email().describe("Gets an owner membership; invited by mail when they have no account"),
  })
  .meta({ id: "StoreCreate" });

export const orderSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    email: z.string(),
    name: z.string(),
    totalCents: z.number().int(),
    currency: z.string(),
    status: z.enum(orderStatus.enumValues),
    paymentStatus: z.enum(paymentStatus.enumValues),
    fulfillmentStatus: z.enum(fulfillmentStatus.enumValues),
    createdAt: z.string(),
  })
  .meta({ id: "OrderSummary" });

export const orderListSchema = z
  .object({ data: z.array(orderSummarySchema), next })
  .meta({ id: "OrderList" });

export const ordersQuery = z.object({
  limit,
  after: z.string().regex(/^\d{1,10}$/, "Not a cursor from this list.").optional().describe("The `next` value of the previous page"),
  before: z.coerce.number().int().min(1).max(2_147_483_647).optional().describe("Deprecated: an order number; orders older than it (use `after`)"),
  status: z.enum(orderStatus.enumValues).optional(),
});

/* ---- Store keys: products ---- */

const productFields = {
  title: z.string().max(200).describe("Shown on the storefront"),
  handle: z.string().max(80).optional().describe("URL name, unique in the store; made from the title when empty"),
  description: z.string().max(5000).optional(),
  priceCents: z.number().int().min(0).max(100_000_000).describe("Price in minor units of the store's currency"),
  stock: z.number().int().min(0).max(1_000_000),
  status: z.enum(["draft", "active"]),
};

export const productCreateSchema = z
  .object({ ...productFields, description: productFields.description.default(""), status: productFields.status.default("draft") })
  .meta({ id: "ProductCreate" });

// The same fields, each optional: what is not sent stays.
export const productUpdateSchema = z
  .object(productFields)
  .partial()
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Send at least one field to change.")
  .meta({ id: "ProductUpdate" });

/* ---- Store keys: orders ---- */

export const orderItemSchema = z
  .object({ productId: z.uuid(), title: z.string(), unitPriceCents: z.number().int(), quantity: z.number().int(), lineTotalCents: z.number().int() })
  .meta({ id: "OrderItem" });

export const orderSchema = orderSummarySchema
  .extend({ items: z.array(orderItemSchema) })
  .meta({ id: "Order" });

export const orderActionSchema = z
  .object({ reason: z.string().trim().max(500).optional().describe("A note for the audit log") })
  .meta({ id: "OrderAction" });

/* ---- Store keys: configuration ---- */

export const configEntrySchema = z
  .object({
    key: z.string(),
    label: z.string(),
    help: z.string(),
    secret: z.boolean().describe("Secrets are stored encrypted and only ever shown masked"),
    set: z.boolean(),
    value: z.string().nullable().describe("The value; for a secret, a mask such as `••••cdef`"),
  })
  .meta({ id: "ConfigEntry" });

export const configListSchema = z.object({ data: z.array(configEntrySchema) }).meta({ id: "ConfigList" });
export const configSetSchema = z.object({ value: z.string().max(5000) }).meta({ id: "ConfigSet" });

/* ---- Store keys: members ---- */

export const memberSchema = z
  .object({ userId: z.uuid(), name: z.string(), email: z.string(), role: z.enum(["owner", "admin", "catalog", "orders", "staff"]), joinedAt: z.string() })
  .meta({ id: "Member" });

export const memberListSchema = z.object({ data: z.array(memberSchema), next }).meta({ id: "MemberList" });

export const memberUpdateSchema = z
  .object({ role: z.enum(["owner", "admin", "catalog", "orders", "staff"]).describe("Only an owner's key can make or unmake owners") })
  .meta({ id: "MemberUpdate" });

/* ---- Store keys: invitations ---- */

export const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(["owner", "admin", "catalog", "orders", "staff"]),
    expiresAt: z.string().describe("When the link stops working; resend for a new one"),
    expired: z.boolean().describe("True once `expiresAt` has passed: the invitation no longer holds a seat, but can be resent"),
    createdAt: z.string(),
  })
  .meta({ id: "Invitation" });

export const invitationListSchema = z.object({ data: z.array(invitationSchema), next }).meta({ id: "InvitationList" });

/** The dashboard's invite form rule (lib/stores/invite-input.ts): trimmed, lower-cased email, one of the roles. */
export const invitationCreateSchema = inviteInputSchema.meta({ id: "InvitationCreate", description: "Only an owner's key can invite an owner" });

/* ---- Store keys: webhooks ---- */

export const WEBHOOK_EVENTS = [
  "order.created",
  "order.paid",
  "order.fulfilled",
  "order.cancelled",
  "order.refunded",
  "product.changed",
  "member.joined",
  "member.removed",
  "store.suspended",
  "store.reactivated",
  "domain.verified",
  "domain.failed",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const webhookEndpointSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    status: z.enum(["enabled", "disabled"]),
    consecutiveFailures: z.number().int(),
    disabledReason: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "WebhookEndpoint" });

export const webhookEndpointCreatedSchema = z
  .object({
    endpoint: webhookEndpointSchema,
    secret: z.string().describe("The signing secret (whsec_…): shown only now. Verify deliveries with it (Standard Webhooks)."),
  })
  .meta({ id: "WebhookEndpointCreated" });

export const webhookEndpointListSchema = z.object({ data: z.array(webhookEndpointSchema) }).meta({ id: "WebhookEndpointList" });

export const webhookEndpointCreateSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2000).describe("Where deliveries are POSTed"),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length),
    description: z.string().trim().max(200).default(""),
  })
  .meta({ id: "WebhookEndpointCreate" });

export const webhookEndpointUpdateSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length).optional(),
    description: z.string().trim().max(200).optional(),
    enabled: z.boolean().optional().describe("true re-enables an endpoint disabled after failures"),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Send at least one field to change.")
  .meta({ id: "WebhookEndpointUpdate" });

export const webhookDeliverySchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    eventType: z.string(),
    status: z.enum(webhookDeliveryStatus.enumValues),
    attempts: z.number().int(),
    responseStatus: z.number().int().nullable().describe("The receiver's last HTTP status"),
    error: z.string().nullable(),
    createdAt: z.string(),
    lastAttemptAt: z.string().nullable(),
    nextAttemptAt: z.string().nullable().describe("When the next try is due; null once settled"),
  })
  .meta({ id: "WebhookDelivery" });

export const webhookDeliveryListSchema = z.object({ data: z.array(webhookDeliverySchema), next }).meta({ id: "WebhookDeliveryList" });

export const okSchema = z.object({ ok: z.literal(true), message: z.string() }).meta({ id: "Ok" });

/* ---- Platform keys: usage, health, plan ---- */

export const usageQuery = z.object({
  range: z.enum(["24h", "7d", "30d"]).optional().describe("Instead of from/to: the last 24 hours, 7 or 30 days (default 30d)"),
  from: z.iso.date().optional().describe("First day (UTC), inclusive"),
  to: z.iso.date().optional().describe("Last day (UTC), inclusive; at most 366 days after `from`"),
});

export const usageSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    buckets: z.array(
      z.object({
        date: z.string().describe("A UTC day, YYYY-MM-DD"),
        requests: z.number().int(),
        apiRequests: z.number().int(),
        checkouts: z.number().int(),
        orders: z.number().int(),
        revenueCents: z.number().int().describe("Total of the day's orders that are not cancelled"),
      }),
    ),
    current: z
      .object({ members: z.number().int(), products: z.number().int(), customDomains: z.number().int(), storageBytes: z.number().int() })
      .describe("Now, with the plan's limits in `limits`: members and storage are not kept per day"),
    limits: z.object({ members: z.number().int(), products: z.number().int(), customDomains: z.number().int(), storageBytes: z.number().int() }),
  })
  .meta({ id: "Usage" });

export const healthSchema = z
  .object({
    slug: z.string(),
    status: STORE_STATUS,
    healthy: z.boolean().describe("False when anything below needs a look"),
    database: z.object({ placement: z.string().describe("Where the store's rows live"), reachable: z.boolean(), latencyMs: z.number().nullable() }),
    storage: z.object({ bytes: z.number().int(), limitBytes: z.number().int() }),
    mail: z.object({ unsent: z.number().int(), failed: z.number().int(), lastError: z.string().nullable() }),
    domains: z.array(z.object({ domain: z.string(), status: z.enum(domainStatus.enumValues), lastCheckedAt: z.string().nullable(), failedChecks: z.number().int() })),
    webhooks: z.object({ enabled: z.number().int(), disabled: z.number().int(), pending: z.number().int(), failedLastDay: z.number().int() }),
    lastErrors: z.array(z.object({ source: z.enum(["mail", "webhook"]), message: z.string(), at: z.string() })),
  })
  .meta({ id: "StoreHealth" });

export const planChangeSchema = z
  .object({
    plan: z.enum(PLAN_IDS),
    dryRun: z.boolean().default(false).describe("true: only preview what exceeds the new plan; nothing changes"),
  })
  .meta({ id: "PlanChange" });

export const planChangeResultSchema = z
  .object({
    applied: z.boolean(),
    preview: z.object({
      from: z.enum(PLAN_IDS),
      to: z.enum(PLAN_IDS),
      usage: z.object({ members: z.number().int(), products: z.number().int(), customDomains: z.number().int(), storageBytes: z.number().int() }),
      excess: z.array(z.object({ resource: z.string(), used: z.number().int(), limit: z.number().int(), consequence: z.string() })),
      lostFeatures: z.array(z.object({ feature: z.string(), consequence: z.string() })),
    }),
    store: storeSchema,
  })
  .meta({ id: "PlanChangeResult" });

/* ---- Store keys: the master catalog ---- */

export const catalogItemSchema = z
  .object({
    masterProductId: z.uuid(),
    handle: z.string(),
    title: z.string(),
    description: z.string(),
    suggestedPriceCents: z.number().int(),
    copy: z
      .object({ productId: z.uuid(), status: z.enum(["draft", "active", "archived"]), priceCents: z.number().int(), stock: z.number().int() })
      .nullable()
      .describe("This store's copy, when it opted in"),
  })
  .meta({ id: "CatalogItem" });

export const catalogListSchema = z.object({ data: z.array(catalogItemSchema), next }).meta({ id: "CatalogList" });

export const optInBodySchema = z
  .object({
    priceCents: z.number().int().min(0).max(100_000_000).describe("This store's price, in minor units"),
    stock: z.number().int().min(0).max(1_000_000),
    status: z.enum(["draft", "active"]).default("draft"),
    handle: z.string().max(80).optional().describe("Defaults to the catalog's handle"),
  })
  .meta({ id: "CatalogOptIn" });

/* ---- Platform keys: export jobs and import ---- */

const TABLE_NAME = z.string().regex(/^[a-z_]{1,63}$/, "A table name: lower-case letters and underscores.");

export const exportCreateSchema = z
  .object({
    tables: z
      .array(TABLE_NAME)
      .min(1)
      .max(64)
      .optional()
      .describe("The tables to export (see `GET …/exports` `tables`); the archive also holds the tables they depend on. Every table when left out."),
    files: z.boolean().default(true).describe("Whether the store's files (images) go into the archive"),
  })
  .strict()
  .meta({ id: "ExportCreate" });

export const exportSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(storeExportStatus.enumValues),
    requestedTables: z.array(z.string()).nullable().describe("The tables asked for; null: every table"),
    files: z.boolean(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    expiresAt: z.string().nullable().describe("When the archive is deleted"),
    error: z.string().nullable(),
    bytes: z.number().int().nullable(),
    tables: z.array(z.object({ name: z.string(), rows: z.number().int() })).nullable().describe("What the archive holds, once written"),
    fileCount: z.number().int().nullable(),
    download: z
      .object({ url: z.string().describe("A signed link, valid without an API key until `expiresAt`"), expiresAt: z.string() })
      .nullable()
      .describe("Present once the export succeeded and until the archive expires; poll again for a fresh link"),
  })
  .meta({ id: "Export" });

export const exportListSchema = z.object({ data: z.array(exportSchema), tables: z.array(z.string()).describe("The table names an export may ask for") }).meta({ id: "ExportList" });

export const exportLinkQuery = z.object({
  expires: z.string().describe("Unix seconds, from the link"),
  signature: z.string().describe("From the link"),
});

/** A zip archive, as the body of an import or the answer of a download. */
export const zipSchema = z.string().meta({ id: "ZipArchive", format: "binary", description: "A Plaza store export (zip)" });

export const importResultSchema = z
  .object({ ok: z.literal(true), rows: z.record(z.string(), z.number().int()), files: z.number().int() })
  .meta({ id: "ImportResult" });
