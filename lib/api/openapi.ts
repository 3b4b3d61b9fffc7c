import { z } from "zod";
import pkg from "@/package.json";
import * as s from "./schemas";
import { EXAMPLES } from "./openapi-examples";
import { PLATFORM_WEBHOOK_EVENTS } from "@/lib/webhooks/platform-events";

/*
 * /api/v1/openapi.json (OpenAPI 3.0.3), generated from the same zod schemas
 * the handlers validate with. Paths are listed here; bodies and responses are
 * the schemas' JSON Schema (zod's converter, without the `$id` keyword that
 * OpenAPI 3.0 schema objects do not allow). tests/unit/openapi.test.ts
 * validates it strictly (@apidevtools/swagger-parser), checks every example
 * against its schema and every route file against a path here, and keeps the
 * typed client the API tests use (tests/support/api-schema.ts) current.
 */

export type Op = {
  operationId: string;
  summary: string;
  description?: string;
  /** "link": no API key, a signed link instead (an export's download). */
  security: "platform" | "store" | "link";
  scope: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The success body (null: none). */
  response: z.ZodType;
  status?: 200 | 201 | 202;
  /** A body or answer that is not JSON: an import's zip, an export's download. */
  bodyType?: "application/zip" | "image/*";
  responseType?: "application/zip";
  /** Codes this operation may answer besides the common ones, by status. */
  errors?: Partial<Record<400 | 404 | 409 | 410 | 422, string[]>>;
};

const SUCCESS: Record<number, string> = { 200: "OK", 201: "Created", 202: "Accepted: queued for delivery" };

const PATH_PARAMS: Record<string, { description: string; schema: Record<string, unknown> }> = {
  slug: { description: "The store's slug", schema: { type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$" } },
  userId: { description: "A user's id", schema: { type: "string", format: "uuid" } },
  productId: { description: "A product's id", schema: { type: "string", format: "uuid" } },
  orderId: { description: "An order's id", schema: { type: "string", format: "uuid" } },
  endpointId: { description: "A webhook endpoint's id", schema: { type: "string", format: "uuid" } },
  key: { description: "A configuration key, e.g. `contact.email`", schema: { type: "string" } },
  masterProductId: { description: "A master catalog product's id", schema: { type: "string", format: "uuid" } },
  exportId: { description: "An export's id", schema: { type: "string", format: "uuid" } },
  inviteId: { description: "An invitation's id", schema: { type: "string", format: "uuid" } },
};

const store = (o: Omit<Op, "security">): Op => ({ ...o, security: "store" });
const platform = (o: Omit<Op, "security">): Op => ({ ...o, security: "platform" });
const link = (o: Omit<Op, "security">): Op => ({ ...o, security: "link" });

export const OPERATIONS: Record<string, Record<string, Op>> = {
  "/api/v1/stores": {
    get: platform({ operationId: "listStores", summary: "List stores", scope: "stores:read", query: s.storeListQuery, response: s.storeListSchema }),
    post: platform({
      operationId: "createStore",
      summary: "Open a store with its owner",
      scope: "stores:write",
      body: s.storeCreateSchema,
      response: s.storeSchema,
      status: 201,
      errors: { 409: ["conflict"] },
    }),
  },
  "/api/v1/stores/{slug}": {
    get: platform({ operationId: "getStore", summary: "Get a store", scope: "stores:read", response: s.storeSchema }),
    patch: platform({ operationId: "updateStore", summary: "Rename a store or change its plan", scope: "stores:write", body: s.storeUpdateSchema, response: s.storeSchema, errors: { 409: ["conflict"] } }),
  },
  "/api/v1/stores/{slug}/suspend": {
    post: platform({ operationId: "suspendStore", summary: "Suspend a store", scope: "stores:write", body: s.reasonSchema, response: s.storeSchema, errors: { 409: ["invalid_state"] } }),
  },
  "/api/v1/stores/{slug}/reactivate": {
    post: platform({ operationId: "reactivateStore", summary: "Reactivate a suspended store", scope: "stores:write", body: s.optionalReasonSchema, response: s.storeSchema, errors: { 409: ["invalid_state"] } }),
  },
  "/api/v1/stores/{slug}/plan": {
    post: platform({
      operationId: "changeStorePlan",
      summary: "Preview (dryRun) or apply a plan change",
      description: "The preview lists what exceeds the new plan and what will happen to it; applying does exactly that, in one audited transaction.",
      scope: "stores:write",
      body: s.planChangeSchema,
      response: s.planChangeResultSchema,
      errors: { 409: ["invalid_state", "conflict"] },
    }),
  },
  "/api/v1/stores/{slug}/delete": {
    post: platform({
      operationId: "deleteStore",
      summary: "Schedule a store's deletion (restorable during the grace period)",
      description: "The store is purged by the jobs pass once `deletionScheduledFor` passes; until then `restore` undoes it.",
      scope: "stores:write",
      body: s.reasonSchema,
      response: s.storeSchema,
      errors: { 409: ["invalid_state"] },
    }),
  },
  "/api/v1/stores/{slug}/restore": {
    post: platform({ operationId: "restoreStore", summary: "Undo a scheduled deletion during its grace period", scope: "stores:write", response: s.storeSchema, errors: { 409: ["invalid_state"] } }),
  },
  "/api/v1/stores/{slug}/usage": {
    get: platform({
      operationId: "getStoreUsage",
      summary: "Usage over a time range, in daily buckets",
      description: "Requests, API requests, checkouts, orders and revenue per UTC day; members, products, domains and storage now, with the plan's limits.",
      scope: "stores:read",
      query: s.usageQuery,
      response: s.usageSchema,
    }),
  },
  "/api/v1/stores/{slug}/health": {
    get: platform({ operationId: "getStoreHealth", summary: "A store's health: database, storage, mail, domains, webhooks, last errors", scope: "stores:read", response: s.healthSchema }),
  },
  "/api/v1/stores/{slug}/exports": {
    get: platform({ operationId: "listExports", summary: "A store's last 20 exports, and the tables an export may ask for", scope: "stores:write", response: s.exportListSchema }),
    post: platform({
      operationId: "createExport",
      summary: "Ask for an export of a store's data (an asynchronous job)",
      description:
        "Answers 202 at once with the export `pending`; a job writes the archive (the dashboard's export format: a zip of JSON per table, a manifest and the files). Poll `GET …/exports/{exportId}` until `succeeded` (or `failed`), then fetch `download.url`: a signed link valid for an hour and needing no API key. The archive is deleted 24 hours after it was written. Choose `tables` to export only those (and what they depend on, so the archive still imports).",
      scope: "stores:write",
      body: s.exportCreateSchema,
      response: s.exportSchema,
      status: 202,
    }),
  },
  "/api/v1/stores/{slug}/exports/{exportId}": {
    get: platform({ operationId: "getExport", summary: "Poll an export; once it succeeded, with a fresh download link", scope: "stores:write", response: s.exportSchema, errors: { 404: ["not_found"] } }),
  },
  "/api/v1/stores/{slug}/exports/{exportId}/archive": {
    get: link({
      operationId: "downloadExport",
      summary: "Download an export's archive with the signed link from its poll",
      description: "No API key: the `expires` and `signature` of the link are the credential. A changed or foreign link is 404 `not_found`; an expired link or archive 410 `link_expired` (poll the export for a new link).",
      scope: "",
      query: s.exportLinkQuery,
      response: s.zipSchema,
      responseType: "application/zip",
      errors: { 404: ["not_found"], 410: ["link_expired"] },
    }),
  },
  "/api/v1/stores/{slug}/import": {
    post: platform({
      operationId: "importStore",
      summary: "Import an export into an empty store",
      description: "The body is the zip archive (`Content-Type: application/zip`, at most 50 MB), as `download.url` gives it or the dashboard exports it. The store must be active and empty; the plan's product and storage limits apply. One transaction: a refused import changes nothing.",
      scope: "stores:write",
      bodyType: "application/zip",
      response: s.importResultSchema,
      errors: { 409: ["store_not_active", "invalid_state", "limit_reached"] },
    }),
  },
  "/api/v1/stores/{slug}/join-requests": {
    get: store({ operationId: "listJoinRequests", summary: "List pending join requests, oldest first", scope: "join_requests:read", query: s.pageQuery, response: s.joinRequestListSchema }),
  },
  "/api/v1/stores/{slug}/join-requests/{userId}/approve": {
    post: store({ operationId: "approveJoinRequest", summary: "Approve a join request with a role", scope: "join_requests:write", body: s.approveSchema, response: s.decisionResultSchema, errors: { 404: ["not_found"], 409: ["invalid_state", "limit_reached"] } }),
  },
  "/api/v1/stores/{slug}/join-requests/{userId}/reject": {
    post: store({ operationId: "rejectJoinRequest", summary: "Reject a join request with a reason", scope: "join_requests:write", body: s.reasonSchema, response: s.decisionResultSchema, errors: { 404: ["not_found"], 409: ["invalid_state"] } }),
  },
  "/api/v1/stores/{slug}/orders": {
    get: store({ operationId: "listOrders", summary: "List the store's orders, newest first", scope: "orders:read", query: s.ordersQuery, response: s.orderListSchema }),
  },
  "/api/v1/stores/{slug}/orders/{orderId}": {
    get: store({ operationId: "getOrder", summary: "Get an order with its items", scope: "orders:read", response: s.orderSchema, errors: { 404: ["not_found"] } }),
  },
  "/api/v1/stores/{slug}/orders/{orderId}/mark-paid": {
    post: store({ operationId: "markOrderPaid", summary: "Mark an order paid (a manual payment)", scope: "orders:write", body: s.orderActionSchema, response: s.orderSchema, errors: { 404: ["not_found"], 409: ["invalid_state"] } }),
  },
  "/api/v1/stores/{slug}/orders/{orderId}/fulfill": {
    post: store({ operationId: "fulfillOrder", summary: "Mark an order fulfilled", scope: "orders:write", body: s.orderActionSchema, response: s.orderSchema, errors: { 404: ["not_found"], 409: ["invalid_state"] } }),
  },
  "/api/v1/stores/{slug}/orders/{orderId}/cancel": {
    post: store({ operationId: "cancelOrder", summary: "Cancel an order and restock its items", scope: "orders:write", body: s.orderActionSchema, response: s.orderSchema, errors: { 404: ["not_found"], 409: ["invalid_state"] } }),
  },
  "/api/v1/stores/{slug}/products": {
    get: store({ operationId: "listProducts", summary: "List the store's products, newest first", scope: "products:read", query: s.pageQuery, response: s.productListSchema }),
    post: store({ operationId: "createProduct", summary: "Create a product", scope: "products:write", body: s.productCreateSchema, response: s.productSchema, status: 201, errors: { 409: ["conflict", "limit_reached"] } }),
  },
  "/api/v1/stores/{slug}/products/{productId}": {
    get: store({ operationId: "getProduct", summary: "Get a product", scope: "products:read", response: s.productSchema, errors: { 404: ["not_found"] } }),
    patch: store({ operationId: "updateProduct", summary: "Change a product (fields not sent stay)", scope: "products:write", body: s.productUpdateSchema, response: s.productSchema, errors: { 404: ["not_found"], 409: ["conflict", "invalid_state"] } }),
  },
  "/api/v1/stores/{slug}/products/{productId}/archive": {
    post: store({ operationId: "archiveProduct", summary: "Archive a product (it leaves the storefront and stops counting against the plan)", scope: "products:write", response: s.productSchema, errors: { 404: ["not_found"], 409: ["invalid_state"] } }),
  },
  "/api/v1/stores/{slug}/products/{productId}/image": {
    post: store({
      operationId: "uploadProductImage",
      summary: "Upload a product's image (the body is the image)",
      description: "PNG, JPEG, WebP or GIF, at most 5 MB, told by its bytes (not the name or Content-Type); it counts against the plan's storage. Replaces the product's image.",
      scope: "products:write",
      bodyType: "image/*",
      response: s.productSchema,
      status: 201,
      errors: { 404: ["not_found"], 409: ["limit_reached"] },
    }),
    delete: store({ operationId: "removeProductImage", summary: "Remove a product's image", scope: "products:write", response: s.productSchema, errors: { 404: ["not_found"] } }),
  },
  "/api/v1/stores/{slug}/catalog": {
    get: store({ operationId: "listCatalog", summary: "The master catalog, with this store's copies", scope: "products:read", query: s.pageQuery, response: s.catalogListSchema }),
  },
  "/api/v1/stores/{slug}/catalog/{masterProductId}/opt-in": {
    post: store({
      operationId: "optInCatalogProduct",
      summary: "Copy a master catalog product into the store, at the store's price",
      scope: "products:write",
      body: s.optInBodySchema,
      response: s.productSchema,
      status: 201,
      errors: { 404: ["not_found"], 409: ["conflict", "limit_reached"] },
    }),
  },
  "/api/v1/stores/{slug}/catalog/{masterProductId}/opt-out": {
    post: store({ operationId: "optOutCatalogProduct", summary: "Archive the store's copy of a master catalog product", scope: "products:write", response: s.productSchema, errors: { 404: ["not_found"], 409: ["invalid_state"] } }),
  },
  "/api/v1/stores/{slug}/config": {
    get: store({ operationId: "listConfig", summary: "List every configuration key, secrets masked", scope: "config:read", response: s.configListSchema }),
  },
  "/api/v1/stores/{slug}/config/{key}": {
    put: store({ operationId: "setConfig", summary: "Set a configuration value (validated per key; secrets sealed)", scope: "config:write", body: s.configSetSchema, response: s.configEntrySchema, errors: { 404: ["not_found"] } }),
    delete: store({ operationId: "deleteConfig", summary: "Clear a configuration value", scope: "config:write", response: s.configEntrySchema, errors: { 404: ["not_found"] } }),
  },
  "/api/v1/stores/{slug}/members": {
    get: store({ operationId: "listMembers", summary: "List the store's members, oldest first", scope: "members:read", query: s.pageQuery, response: s.memberListSchema }),
  },
  "/api/v1/stores/{slug}/members/{userId}": {
    patch: store({ operationId: "changeMemberRole", summary: "Change a member's role", scope: "members:write", body: s.memberUpdateSchema, response: s.okSchema, errors: { 404: ["not_found"], 409: ["invalid_state"] } }),
    delete: store({ operationId: "removeMember", summary: "Remove a member (their API keys are revoked)", scope: "members:write", response: s.okSchema, errors: { 404: ["not_found"], 409: ["invalid_state"] } }),
  },
  "/api/v1/stores/{slug}/invitations": {
    get: store({ operationId: "listInvitations", summary: "List open invitations, newest first (expired ones too: they can be resent)", scope: "members:read", query: s.pageQuery, response: s.invitationListSchema }),
    post: store({
      operationId: "createInvitation",
      summary: "Invite someone by email with a role",
      description:
        "The members page's invitation: the invitee gets a mail with a link valid for 7 days that makes (or signs into) their account and their membership. A seat is needed: approved members plus open, unexpired invitations stay within the plan's member limit (409 `limit_reached`). Only an owner's key can invite an owner (403). An email that is already a member or already has an open invitation is 409 `conflict` (resend that one instead).",
      scope: "members:write",
      body: s.invitationCreateSchema,
      response: s.invitationSchema,
      status: 201,
      errors: { 409: ["conflict", "limit_reached"] },
    }),
  },
  "/api/v1/stores/{slug}/invitations/{inviteId}": {
    delete: store({ operationId: "revokeInvitation", summary: "Revoke an open invitation (its link stops working)", scope: "members:write", response: s.okSchema, errors: { 404: ["not_found"] } }),
  },
  "/api/v1/stores/{slug}/invitations/{inviteId}/resend": {
    post: store({
      operationId: "resendInvitation",
      summary: "Mail an open invitation again, with a new link and expiry",
      description: "The old link stops working. An expired invitation can be resent too.",
      scope: "members:write",
      response: s.invitationSchema,
      errors: { 404: ["not_found"] },
    }),
  },
  "/api/v1/stores/{slug}/webhooks": {
    get: store({ operationId: "listWebhookEndpoints", summary: "List webhook endpoints", scope: "webhooks:read", response: s.webhookEndpointListSchema }),
    post: store({
      operationId: "createWebhookEndpoint",
      summary: "Register a webhook endpoint",
      description: "The answer carries the signing secret, once. See the `webhooks` tag for how deliveries are signed.",
      scope: "webhooks:write",
      body: s.webhookEndpointCreateSchema,
      response: s.webhookEndpointCreatedSchema,
      status: 201,
      errors: { 409: ["limit_reached"] },
    }),
  },
  "/api/v1/stores/{slug}/webhooks/{endpointId}": {
    get: store({ operationId: "getWebhookEndpoint", summary: "Get a webhook endpoint", scope: "webhooks:read", response: s.webhookEndpointSchema, errors: { 404: ["not_found"] } }),
    patch: store({ operationId: "updateWebhookEndpoint", summary: "Change or re-enable a webhook endpoint", scope: "webhooks:write", body: s.webhookEndpointUpdateSchema, response: s.webhookEndpointSchema, errors: { 404: ["not_found"] } }),
    delete: store({ operationId: "deleteWebhookEndpoint", summary: "Delete a webhook endpoint and its delivery log", scope: "webhooks:write", response: s.okSchema, errors: { 404: ["not_found"] } }),
  },
  "/api/v1/stores/{slug}/webhooks/{endpointId}/deliveries": {
    get: store({ operationId: "listWebhookDeliveries", summary: "An endpoint's delivery log, newest first", scope: "webhooks:read", query: s.pageQuery, response: s.webhookDeliveryListSchema, errors: { 404: ["not_found"] } }),
  },
  "/api/v1/stores/{slug}/webhooks/{endpointId}/test": {
    post: store({ operationId: "sendTestWebhook", summary: "Queue a `webhook.test` event to this endpoint", scope: "webhooks:write", response: s.webhookDeliverySchema, status: 202, errors: { 404: ["not_found"], 409: ["invalid_state"] } }),
  },
};

const errorRef = { $ref: "#/components/schemas/Error" };
const example = (code: string, message: string) => ({ value: { error: { code, message } } });

const ERROR_EXAMPLES: Record<string, { status: number; message: string }> = {
  validation_failed: { status: 400, message: "The request is not valid." },
  unauthorized: { status: 401, message: "This API key is not valid or has been revoked." },
  insufficient_scope: { status: 403, message: "This key lacks the `products:write` scope." },
  api_not_in_plan: { status: 403, message: "API access is not part of the Basic plan." },
  store_not_found: { status: 404, message: "No such store." },
  not_found: { status: 404, message: "Not found in this store." },
  store_not_active: { status: 409, message: "This store is suspended: it is read-only until it is reactivated." },
  invalid_state: { status: 409, message: "This order is already paid." },
  conflict: { status: 409, message: "Another product in this store already uses this handle." },
  limit_reached: { status: 409, message: "Your plan allows 10 products and the store has 10." },
  idempotency_in_progress: { status: 409, message: "A request with this Idempotency-Key is still being processed. Retry in a moment." },
  link_expired: { status: 410, message: "This download link has expired: poll the export for a new one (archives are kept 24 hours)." },
  idempotency_key_reused: { status: 422, message: "This Idempotency-Key was already used with a different request (method, path or body)." },
  payload_too_large: { status: 413, message: "The body is larger than 1 MB." },
  rate_limited: { status: 429, message: "Too many requests: 120 a minute. Retry after 12 s." },
  internal_error: { status: 500, message: "Something went wrong on our side. Try again later. (Reference r-3f2a)" },
  unavailable: { status: 503, message: "The database is unavailable right now; retry in a few seconds. (Reference r-3f2a)" },
};

const RATE_HEADERS = {
  "X-RateLimit-Limit": { description: "Requests allowed per minute for this key", schema: { type: "integer" } },
  "X-RateLimit-Remaining": { description: "Requests left in the current minute", schema: { type: "integer" } },
  "X-RateLimit-Reset": { description: "Seconds until the current minute's window ends", schema: { type: "integer" } },
};

function errorResponse(status: number, codes: string[], headers: Record<string, unknown> = RATE_HEADERS) {
  return {
    description: `${codes.map((c) => `\`${c}\``).join(", ")}`,
    headers,
    content: {
      "application/json": {
        schema: errorRef,
        examples: Object.fromEntries(codes.map((c) => [c, example(c, ERROR_EXAMPLES[c]?.message ?? c)])),
      },
    },
  };
}

function responsesFor(op: Op, method: string, path: string) {
  const e = op.errors ?? {};
  const success = op.status ?? 200;
  const ex = EXAMPLES[op.operationId]?.response;
  const responses: Record<string, unknown> = {
    [success]: {
      description: SUCCESS[success],
      headers: method === "post" ? { ...RATE_HEADERS, "Idempotent-Replayed": { description: "`true` when this is the stored answer to an earlier request with the same Idempotency-Key", schema: { type: "string" } } } : RATE_HEADERS,
      content: op.responseType
        ? { [op.responseType]: { schema: { type: "string", format: "binary" } } }
        : { "application/json": { schema: schemaOf(op.response), ...(ex !== undefined ? { example: ex } : {}) } },
    },
  };
  const bad = [...(op.body || op.query || method === "post" ? ["validation_failed"] : []), ...(e[400] ?? [])];
  if (bad.length) responses[400] = errorResponse(400, bad);
  if (op.security !== "link") {
    responses[401] = errorResponse(401, ["unauthorized"], { "WWW-Authenticate": { schema: { type: "string" }, description: "Bearer" } });
    responses[403] = errorResponse(403, op.security === "store" ? ["insufficient_scope", "api_not_in_plan"] : ["insufficient_scope"]);
  }
  if (path.includes("{slug}")) responses[404] = errorResponse(404, ["store_not_found", ...(e[404] ?? [])]);
  if (e[410]) responses[410] = errorResponse(410, e[410]);
  const conflicts = [...new Set([...(op.security === "store" && method !== "get" ? ["store_not_active"] : []), ...(e[409] ?? []), ...(method === "post" ? ["idempotency_in_progress"] : [])])];
  if (conflicts.length) responses[409] = errorResponse(409, conflicts);
  if (op.body || op.bodyType || method === "post") responses[413] = errorResponse(413, ["payload_too_large"]);
  if (op.bodyType && !op.body) responses[400] ??= errorResponse(400, ["validation_failed"]);
  if (method === "post") responses[422] = errorResponse(422, ["idempotency_key_reused", ...(e[422] ?? [])]);
  responses[429] = errorResponse(429, ["rate_limited"], { ...RATE_HEADERS, "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait" } });
  responses[500] = errorResponse(500, ["internal_error"], { "X-Request-Id": { schema: { type: "string" }, description: "The reference to quote" } });
  responses[503] = errorResponse(503, ["unavailable"], { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait" } });
  return responses;
}

const uri = (id: string) => `#/components/schemas/${id}`;

/** OpenAPI 3.0 schema objects know no `$id` (nor `$schema`): zod's output carries them, so they go. */
function stripIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripIds);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "$id" && k !== "$schema").map(([k, v]) => [k, stripIds(v)]));
  }
  return value;
}

function jsonSchema(schema: z.ZodType) {
  return stripIds(z.toJSONSchema(schema, { target: "openapi-3.0", io: "input", unrepresentable: "any" })) as Record<string, unknown>;
}

/** A named schema (`.meta({ id })`) becomes a $ref into components; others are inlined. */
function schemaOf(schema: z.ZodType) {
  const id = z.globalRegistry.get(schema)?.id;
  return id ? { $ref: uri(id) } : jsonSchema(schema);
}

function components() {
  const out = z.toJSONSchema(z.globalRegistry, { target: "openapi-3.0", io: "input", unrepresentable: "any", uri });
  return stripIds(out.schemas) as Record<string, unknown>;
}

const idempotencyHeader = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "Makes a retry safe: the first request with a key runs and its answer is stored for 24 hours; the same key with the same method, path and body replays it (with `Idempotent-Replayed: true`); the same key with another request is refused (422 `idempotency_key_reused`). Keys are scoped to the store and the API key. A 5xx answer frees the key.",
  schema: { type: "string", minLength: 1, maxLength: 255 },
  example: "5b0b7f0e-7d1a-4d3f-9a43-0c6f5e1e2d11",
};

const WEBHOOKS_DOC = `Deliveries follow [Standard Webhooks](https://www.standardwebhooks.com/): each is a POST with a JSON body
\`{ "id", "type", "createdAt", "store": { "id", "slug" }, "data": { … } }\` and three headers:
\`webhook-id\` (the event id, the same on every retry), \`webhook-timestamp\` (Unix seconds) and
\`webhook-signature\` (\`v1,\` + base64 of HMAC-SHA256 over \`{webhook-id}.{webhook-timestamp}.{raw body}\`, keyed with the
base64 part of the endpoint's \`whsec_…\` secret). Verify the signature over the raw body and refuse timestamps more than
5 minutes away from now. Any 2xx answer within 10 s is a success; anything else is retried with exponential backoff
(1 min, 5 min, 30 min, 2 h, 6 h, then given up); an endpoint with 15 failed attempts in a row is disabled (its owners are mailed; re-enable it with \`{"enabled": true}\`). The delivery order is not guaranteed.
Events: ${s.WEBHOOK_EVENTS.map((e) => `\`${e}\``).join(", ")}; \`webhook.test\` from the "send test event" button.

The platform registers its own endpoints in the console (Webhooks) for ${PLATFORM_WEBHOOK_EVENTS.map((e) => `\`${e}\``).join(", ")}: the same body (\`store\` names the store the event is about), signature, retries and disabling.`;

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(OPERATIONS)) {
    paths[path] = {};
    for (const [method, op] of Object.entries(methods)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const query = op.query
        ? Object.entries((jsonSchema(op.query) as { properties?: Record<string, Record<string, unknown>> }).properties ?? {}).map(([name, schema]) => {
            const { description, ...rest } = schema;
            return { name, in: "query", required: false, ...(description ? { description } : {}), schema: rest };
          })
        : [];
      const reqExample = EXAMPLES[op.operationId]?.request;
      paths[path][method] = {
        operationId: op.operationId,
        summary: op.summary,
        description: `${op.description ? `${op.description}\n\n` : ""}${op.security === "link" ? "Needs no API key." : `Needs a ${op.security} key with the \`${op.scope}\` scope.`}${op.security === "store" && method !== "get" ? " On a store that is not active, store keys only read (409 `store_not_active`)." : ""}`,
        tags: [path.includes("/webhooks") ? "webhooks" : op.security === "store" ? "store" : "platform"],
        security: op.security === "link" ? [] : [{ bearer: [] }],
        parameters: [
          ...names.map((n) => ({ name: n, in: "path", required: true, description: PATH_PARAMS[n]!.description, schema: PATH_PARAMS[n]!.schema })),
          ...query,
          ...(method === "post" ? [idempotencyHeader] : []),
        ],
        ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(op.body), ...(reqExample !== undefined ? { example: reqExample } : {}) } } } } : {}),
        ...(op.bodyType ? { requestBody: { required: true, content: { [op.bodyType]: { schema: { type: "string", format: "binary" } } } } } : {}),
        responses: responsesFor(op, method, path),
      };
    }
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "Plaza API",
      version: pkg.version,
      description:
        "Stores, products, orders, members, configuration and webhooks. Authenticate with `Authorization: Bearer plz_…`: a store key reaches only its own store (another store is 404 `store_not_found`), a platform key manages stores. Errors are JSON with a stable `error.code`. Lists page with `limit` and `after` (the previous page's `next`). Every answer carries `X-RateLimit-*` headers.",
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "platform", description: "Platform keys: the stores themselves" },
      { name: "store", description: "Store keys: one store's data" },
      { name: "webhooks", description: WEBHOOKS_DOC },
    ],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An API key: plz_<prefix>_<secret>" } },
      schemas: components(),
    },
    paths,
  };
}
