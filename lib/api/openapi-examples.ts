/*
 * Examples for /api/v1/openapi.json, by operationId. tests/unit/openapi.test.ts
 * parses each with the operation's own schema, so an example cannot describe
 * a shape the server does not speak.
 */

const STORE = {
  slug: "acme",
  name: "Acme Outfitters",
  status: "active",
  plan: "premium",
  currency: "USD",
  statusReason: null,
  deletionScheduledFor: null,
  createdAt: "2026-11-02T09:30:00.000Z",
};

const PRODUCT = {
  id: "0d3c1e9a-58b4-4f0e-9a57-2b8f3a6e4c11",
  handle: "trail-mug",
  title: "Trail mug",
  description: "Enamel, 350 ml.",
  priceCents: 1250,
  currency: "USD",
  stock: 40,
  status: "active",
  image: null,
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-21T08:15:00.000Z",
};

const ORDER = {
  id: "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  number: 1042,
  email: "sam@example.com",
  name: "Sam Shopper",
  totalCents: 2500,
  currency: "USD",
  status: "open",
  paymentStatus: "paid",
  fulfillmentStatus: "unfulfilled",
  createdAt: "2026-11-28T14:02:00.000Z",
  items: [{ productId: PRODUCT.id, title: "Trail mug", unitPriceCents: 1250, quantity: 2, lineTotalCents: 2500 }],
};

const INVITATION = {
  id: "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c",
  email: "robin@example.com",
  role: "catalog",
  expiresAt: "2026-12-07T10:00:00.000Z",
  expired: false,
  createdAt: "2026-11-30T10:00:00.000Z",
};

const ENDPOINT = {
  id: "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
  url: "https://hooks.example.com/plaza",
  description: "Order sync",
  events: ["order.created", "order.paid"],
  status: "enabled",
  consecutiveFailures: 0,
  disabledReason: null,
  createdAt: "2026-11-30T12:00:00.000Z",
};

const DELIVERY = {
  id: "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
  eventId: "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
  eventType: "order.paid",
  status: "succeeded",
  attempts: 1,
  responseStatus: 200,
  error: null,
  createdAt: "2026-11-30T12:05:00.000Z",
  lastAttemptAt: "2026-11-30T12:05:01.000Z",
  nextAttemptAt: null,
};

const PREVIEW = {
  from: "premium",
  to: "basic",
  usage: { members: 4, products: 12, customDomains: 1, storageBytes: 1048576 },
  excess: [{ resource: "members", used: 6, limit: 5, consequence: "All members stay. No join request can be approved until 1 member leave." }],
  lostFeatures: [{ feature: "apiAccess", consequence: "The store's API keys stop working (they are kept, not revoked)." }],
};

const CATALOG_ITEM = {
  masterProductId: "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c",
  handle: "trail-mug",
  title: "Trail mug",
  description: "Enamel, 350 ml.",
  suggestedPriceCents: 1200,
  copy: { productId: PRODUCT.id, status: "active", priceCents: 1250, stock: 40 },
};

const EXPORT_PENDING = {
  id: "7f1c2b9e-3a4d-4e5f-8a6b-1c2d3e4f5a6b",
  status: "pending",
  requestedTables: ["orders"],
  files: false,
  createdAt: "2026-12-02T10:00:00.000Z",
  startedAt: null,
  finishedAt: null,
  expiresAt: null,
  error: null,
  bytes: null,
  tables: null,
  fileCount: null,
  download: null,
};

const EXPORT_DONE = {
  ...EXPORT_PENDING,
  status: "succeeded",
  startedAt: "2026-12-02T10:00:02.000Z",
  finishedAt: "2026-12-02T10:00:05.000Z",
  expiresAt: "2026-12-03T10:00:05.000Z",
  bytes: 48213,
  tables: [
    { name: "customers", rows: 120 },
    { name: "orders", rows: 310 },
    { name: "order_items", rows: 702 },
    { name: "products", rows: 42 },
  ],
  fileCount: 0,
  download: {
    url: "/api/v1/stores/acme/exports/7f1c2b9e-3a4d-4e5f-8a6b-1c2d3e4f5a6b/archive?expires=1764673205&signature=Jx3…",
    expiresAt: "2026-12-02T11:00:05.000Z",
  },
};

export const EXAMPLES: Record<string, { request?: unknown; response?: unknown }> = {
  listExports: { response: { data: [EXPORT_DONE], tables: ["customers", "order_items", "orders", "products", "store_config"] } },
  createExport: { request: { tables: ["orders"], files: false }, response: EXPORT_PENDING },
  getExport: { response: EXPORT_DONE },
  downloadExport: { response: "(the zip archive)" },
  uploadProductImage: { response: { ...PRODUCT, image: "5d9f1c7e-2b3a-4c8d-9e0f-1a2b3c4d5e6f.png" } },
  removeProductImage: { response: PRODUCT },
  importStore: { response: { ok: true, rows: { products: 42, customers: 120, orders: 310, order_items: 702 }, files: 0 } },
  listStores: { response: { data: [STORE], next: "eyJ0IjoiMjAyNi0xMS0wMlQwOTozMDowMC4wMDAwMDBaIiwiaWQiOiIuLi4ifQ" } },
  createStore: { request: { name: "Acme Outfitters", slug: "acme", plan: "premium", ownerEmail: "owner@acme.example" }, response: STORE },
  getStore: { response: STORE },
  updateStore: { request: { name: "Acme Outdoor" }, response: { ...STORE, name: "Acme Outdoor" } },
  suspendStore: { request: { reason: "Chargebacks under review" }, response: { ...STORE, status: "suspended", statusReason: "Chargebacks under review" } },
  reactivateStore: { request: { reason: "Review closed" }, response: STORE },
  changeStorePlan: { request: { plan: "basic", dryRun: true }, response: { applied: false, preview: PREVIEW, store: STORE } },
  deleteStore: { request: { reason: "Closing down" }, response: { ...STORE, deletionScheduledFor: "2026-12-09T09:30:00.000Z" } },
  restoreStore: { response: STORE },
  listCatalog: { response: { data: [CATALOG_ITEM, { ...CATALOG_ITEM, masterProductId: "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d", handle: "camp-stool", title: "Camp stool", copy: null }], next: "2" } },
  optInCatalogProduct: { request: { priceCents: 1250, stock: 40, status: "active" }, response: PRODUCT },
  optOutCatalogProduct: { response: { ...PRODUCT, status: "archived" } },
  getStoreUsage: {
    response: {
      from: "2026-11-29",
      to: "2026-11-30",
      buckets: [
        { date: "2026-11-29", requests: 5120, apiRequests: 310, checkouts: 18, orders: 16, revenueCents: 48200 },
        { date: "2026-11-30", requests: 4870, apiRequests: 295, checkouts: 21, orders: 19, revenueCents: 51900 },
      ],
      current: { members: 4, products: 12, customDomains: 1, storageBytes: 1048576 },
      limits: { members: 25, products: 5000, customDomains: 2, storageBytes: 21474836480 },
    },
  },
  getStoreHealth: {
    response: {
      slug: "acme",
      status: "active",
      healthy: false,
      database: { placement: "shared cluster (row-level security on tenant_id)", reachable: true, latencyMs: 1.2 },
      storage: { bytes: 1048576, limitBytes: 10737418240 },
      mail: { unsent: 0, failed: 1, lastError: "550 mailbox unavailable" },
      domains: [{ domain: "shop.acme.example", status: "verified", lastCheckedAt: "2026-11-30T11:55:00.000Z", failedChecks: 0 }],
      webhooks: { enabled: 1, disabled: 0, pending: 0, failedLastDay: 0 },
      lastErrors: [{ source: "mail", message: "550 mailbox unavailable", at: "2026-11-30T10:00:00.000Z" }],
    },
  },
  listJoinRequests: {
    response: { data: [{ userId: "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a", name: "Robin", email: "robin@example.com", note: "I run the shop on weekends", requestedAt: "2026-11-29T18:00:00.000Z" }], next: null },
  },
  approveJoinRequest: { request: { role: "orders" }, response: { ok: true, message: "Approved 1 request." } },
  rejectJoinRequest: { request: { reason: "We are not hiring right now." }, response: { ok: true, message: "Rejected 1 request." } },
  listOrders: { response: { data: [Object.fromEntries(Object.entries(ORDER).filter(([k]) => k !== "items"))], next: "1041" } },
  getOrder: { response: ORDER },
  markOrderPaid: { request: { reason: "Paid by bank transfer" }, response: ORDER },
  fulfillOrder: { request: {}, response: { ...ORDER, fulfillmentStatus: "fulfilled" } },
  cancelOrder: { request: { reason: "Customer asked" }, response: { ...ORDER, status: "cancelled", paymentStatus: "refunded" } },
  listProducts: { response: { data: [PRODUCT], next: null } },
  createProduct: { request: { title: "Trail mug", handle: "trail-mug", description: "Enamel, 350 ml.", priceCents: 1250, stock: 40, status: "active" }, response: PRODUCT },
  getProduct: { response: PRODUCT },
  updateProduct: { request: { priceCents: 1400, stock: 35 }, response: { ...PRODUCT, priceCents: 1400, stock: 35 } },
  archiveProduct: { response: { ...PRODUCT, status: "archived" } },
  listConfig: {
    response: {
      data: [
        { key: "contact.email", label: "Contact email", help: "Shown to shoppers on order confirmations.", secret: false, set: true, value: "hello@acme.example" },
        { key: "smtp.password", label: "SMTP password", help: "Stored encrypted; never shown again.", secret: true, set: true, value: "••••word" },
      ],
    },
  },
  setConfig: { request: { value: "hello@acme.example" }, response: { key: "contact.email", label: "Contact email", help: "Shown to shoppers on order confirmations.", secret: false, set: true, value: "hello@acme.example" } },
  deleteConfig: { response: { key: "contact.email", label: "Contact email", help: "Shown to shoppers on order confirmations.", secret: false, set: false, value: null } },
  listMembers: { response: { data: [{ userId: "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b", name: "Ada Owner", email: "ada@acme.example", role: "owner", joinedAt: "2026-11-02T09:30:00.000Z" }], next: null } },
  changeMemberRole: { request: { role: "catalog" }, response: { ok: true, message: "robin@example.com is now catalog." } },
  removeMember: { response: { ok: true, message: "robin@example.com was removed." } },
  listInvitations: { response: { data: [INVITATION], next: null } },
  createInvitation: { request: { email: "robin@example.com", role: "catalog" }, response: INVITATION },
  resendInvitation: { response: { ...INVITATION, expiresAt: "2026-11-16T10:00:00.000Z" } },
  revokeInvitation: { response: { ok: true, message: "The invitation for robin@example.com is revoked: its link no longer works." } },
  listWebhookEndpoints: { response: { data: [ENDPOINT] } },
  createWebhookEndpoint: {
    request: { url: "https://hooks.example.com/plaza", events: ["order.created", "order.paid"], description: "Order sync" },
    response: { endpoint: ENDPOINT, secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" },
  },
  getWebhookEndpoint: { response: ENDPOINT },
  updateWebhookEndpoint: { request: { enabled: true }, response: ENDPOINT },
  deleteWebhookEndpoint: { response: { ok: true, message: "Webhook endpoint deleted." } },
  listWebhookDeliveries: { response: { data: [DELIVERY], next: null } },
  sendTestWebhook: { response: { ...DELIVERY, eventType: "webhook.test", status: "pending", attempts: 0, responseStatus: null, lastAttemptAt: null, nextAttemptAt: "2026-11-30T12:06:00.000Z" } },
};
