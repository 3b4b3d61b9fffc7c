import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
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
import { stores } from "./platform";
import { products } from "./tenant";

/*
 * Commerce tenant tables: customers, carts, orders. They keep the rules in the
 * header of ./tenant.ts — `tenant_id` first in every primary key, foreign key
 * and index, so a row can only ever point at a row of its own store — and
 * row-level security is enabled and forced in drizzle/0006_commerce_rls.sql.
 */

/**
 * The order's life: open until cancelled, expired (unpaid past its expiry; the
 * stock went back) or closed. Payment and fulfillment are separate axes.
 */
export const orderStatus = pgEnum("order_status", ["open", "cancelled", "expired", "closed"]);
/**
 * voided: cancelled or expired before payment; failed: the last card attempt was
 * declined (the customer may still pay until the order expires); refunded /
 * partially_refunded: money went back; disputed: the cardholder's bank opened a dispute.
 */
export const paymentStatus = pgEnum("payment_status", ["pending", "paid", "voided", "refunded", "failed", "partially_refunded", "disputed"]);
/**
 * partially_fulfilled: some lines (or part of a line's quantity) have shipped,
 * not all (order_shipments). Added after the first two, so it sorts last.
 */
export const fulfillmentStatus = pgEnum("fulfillment_status", ["unfulfilled", "fulfilled", "partially_fulfilled"]);

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

const tenantId = () =>
  uuid("tenant_id")
    .notNull()
    .references(() => stores.id, { onDelete: "cascade" });

/** A customer of one store. The same email at two stores is two customers. */
export const customers = pgTable(
  "customers",
  {
    tenantId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    // Stored lower-case (CHECK below), so the unique index is case-insensitive.
    email: text("email").notNull(),
    name: text("name").notNull(),
    // Null for guests; set when the customer registers an account at this store.
    passwordHash: text("password_hash"),
    // When the account was registered: orders placed as a guest before then are
    // not shown in the account, since registration does not prove the email is theirs.
    registeredAt: timestamp("registered_at", { withTimezone: true }),
    // When the customer proved the email is theirs (a verification link): from
    // then on the account shows the guest orders placed with that email too.
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    // A session cookie issued before this is refused (a password reset ends every session).
    sessionsValidAfter: timestamp("sessions_valid_after", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("customers_tenant_email_key").on(t.tenantId, t.email),
    check("customers_email_lower", sql`${t.email} = lower(${t.email})`),
  ],
);

/** A guest cart; its id is the secret in the customer's host-only cookie. */
export const carts = pgTable(
  "carts",
  {
    tenantId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index("carts_tenant_updated_idx").on(t.tenantId, t.updatedAt)],
);

export const cartItems = pgTable(
  "cart_items",
  {
    tenantId: uuid("tenant_id").notNull(),
    cartId: uuid("cart_id").notNull(),
    productId: uuid("product_id").notNull(),
    quantity: integer("quantity").notNull(),
    // The price the customer saw when adding: the cart shows a change since then.
    unitPriceCentsAtAdd: integer("unit_price_cents_at_add").notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.cartId, t.productId] }),
    foreignKey({ columns: [t.tenantId, t.cartId], foreignColumns: [carts.tenantId, carts.id], name: "cart_items_cart_fk" }).onDelete(
      "cascade",
    ),
    foreignKey({
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
      name: "cart_items_product_fk",
    }).onDelete("cascade"),
    index("cart_items_tenant_product_idx").on(t.tenantId, t.productId),
    check("cart_items_quantity_range", sql`${t.quantity} between 1 and 99`),
  ],
);

/**
 * The next order number of each store. Checkout takes it with
 * `update … set next_number = next_number + 1 returning` inside the order
 * transaction: the row lock serialises allocation and a rollback gives the
 * number back, so numbers are unique and gapless per store.
 */
export const orderCounters = pgTable("order_counters", {
  tenantId: uuid("tenant_id")
    .primaryKey()
    .references(() => stores.id, { onDelete: "cascade" }),
  nextNumber: integer("next_number").notNull().default(1001),
});

export type ShippingAddress = {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  region?: string;
  country: string;
};

// The values each enum had before 0017, in its order (the last one bounds the "later" index below).
const INDEXED_ORDER_STATUSES = ["open", "cancelled"] as const satisfies readonly (typeof orderStatus.enumValues)[number][];
const INDEXED_PAYMENT_STATUSES = ["pending", "paid", "voided", "refunded"] as const satisfies readonly (typeof paymentStatus.enumValues)[number][];
const INDEXED_FULFILLMENT_STATUSES = ["unfulfilled", "fulfilled"] as const satisfies readonly (typeof fulfillmentStatus.enumValues)[number][];

export const orders = pgTable(
  "orders",
  {
    tenantId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    number: integer("number").notNull(),
    customerId: uuid("customer_id").notNull(),
    // The customer account that was signed in when the order was placed. Only
    // this puts an order in an account: matching by email would hand a guest's
    // later orders to whoever registered their address first.
    placedByAccountId: uuid("placed_by_account_id"),
    email: text("email").notNull(),
    name: text("name").notNull(),
    shippingAddress: jsonb("shipping_address").$type<ShippingAddress>().notNull(),
    currency: text("currency").notNull(),
    subtotalCents: integer("subtotal_cents").notNull(),
    shippingCents: integer("shipping_cents").notNull().default(0),
    totalCents: integer("total_cents").notNull(),
    status: orderStatus("status").notNull().default("open"),
    paymentStatus: paymentStatus("payment_status").notNull().default("pending"),
    fulfillmentStatus: fulfillmentStatus("fulfillment_status").notNull().default("unfulfilled"),
    paymentMethod: text("payment_method").notNull(),
    // The provider's reference of the payment attempt (a Stripe Checkout Session id).
    paymentReference: text("payment_reference"),
    // Where the customer pays (the Checkout Session's page), while the order awaits payment.
    paymentUrl: text("payment_url"),
    // The provider's id of the money movement (a Stripe PaymentIntent id), known once paid.
    paymentIntentId: text("payment_intent_id"),
    // Unpaid card orders release their stock at this time (lib/commerce/expiry.ts).
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    refundedCents: integer("refunded_cents").notNull().default(0),
    // Set once the order's quantities went back on the shelf (cancel, expiry or a refund with restock).
    restockedAt: timestamp("restocked_at", { withTimezone: true }),
    trackingNumber: text("tracking_number"),
    trackingCarrier: text("tracking_carrier"),
    // Bearer secret of the guest's order link. Plain text on purpose: it only
    // guards data stored in the same row, and a retried checkout must be able
    // to hand the same link back.
    accessToken: text("access_token").notNull(),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    fulfilledAt: timestamp("fulfilled_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("orders_tenant_number_key").on(t.tenantId, t.number),
    foreignKey({
      columns: [t.tenantId, t.customerId],
      foreignColumns: [customers.tenantId, customers.id],
      name: "orders_customer_fk",
    }),
    index("orders_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    index("orders_tenant_customer_idx").on(t.tenantId, t.customerId, t.createdAt),
    index("orders_tenant_account_idx").on(t.tenantId, t.placedByAccountId, t.number),
    // The dashboard's status filters, newest first: one partial index per value
    // (an enum comparison cannot be an index condition under row-level
    // security, a partial index's predicate can be proven; decision 0016).
    // Values added to an enum later (0017: expired, closed, failed,
    // partially_refunded, disputed) cannot be named in an index: a fresh
    // database runs every migration in one transaction, and PostgreSQL refuses
    // a new enum value before its ALTER TYPE commits. They share one partial
    // index per column whose predicate names only an older value ("after it
    // in the enum's order"); the planner proves `status = 'expired'` implies
    // `status > 'cancelled'` (both btree operators of the enum), so a filter
    // on any of them reads that small index in number order (decision 0025).
    ...INDEXED_ORDER_STATUSES.map((v) => index(`orders_tenant_status_${v}_idx`).on(t.tenantId, t.number).where(sql.raw(`status = '${v}'`))),
    index("orders_tenant_status_later_idx").on(t.tenantId, t.number).where(sql.raw(`status > '${INDEXED_ORDER_STATUSES.at(-1)}'`)),
    ...INDEXED_PAYMENT_STATUSES.map((v) => index(`orders_tenant_payment_${v}_idx`).on(t.tenantId, t.number).where(sql.raw(`payment_status = '${v}'`))),
    index("orders_tenant_payment_later_idx").on(t.tenantId, t.number).where(sql.raw(`payment_status > '${INDEXED_PAYMENT_STATUSES.at(-1)}'`)),
    // The overview's sales today (count and sum of orders not cancelled since
    // midnight): every column it reads is in the index, so it is an
    // index-only scan of today's entries, never a visit to every order row.
    index("orders_tenant_sales_idx").on(t.tenantId, t.createdAt, t.totalCents).where(sql`status <> 'cancelled'`),
    ...INDEXED_FULFILLMENT_STATUSES.map((v) =>
      index(`orders_tenant_fulfillment_${v}_idx`).on(t.tenantId, t.number).where(sql.raw(`fulfillment_status = '${v}'`)),
    ),
    index("orders_tenant_fulfillment_later_idx").on(t.tenantId, t.number).where(sql.raw(`fulfillment_status > '${INDEXED_FULFILLMENT_STATUSES.at(-1)}'`)),
    index("orders_tenant_expires_idx").on(t.tenantId, t.expiresAt).where(sql`expires_at is not null`),
    index("orders_tenant_payment_intent_idx").on(t.tenantId, t.paymentIntentId).where(sql`payment_intent_id is not null`),
    check("orders_number_positive", sql`${t.number} >= 1001`),
    check("orders_refund_within_total", sql`${t.refundedCents} >= 0 and ${t.refundedCents} <= ${t.totalCents}`),
    check("orders_totals_nonnegative", sql`${t.subtotalCents} >= 0 and ${t.shippingCents} >= 0 and ${t.totalCents} >= 0`),
  ],
);

/** One line per product, with the title and price as they were when ordered. */
export const orderItems = pgTable(
  "order_items",
  {
    tenantId: uuid("tenant_id").notNull(),
    orderId: uuid("order_id").notNull(),
    productId: uuid("product_id").notNull(),
    title: text("title").notNull(),
    handle: text("handle").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    quantity: integer("quantity").notNull(),
    lineTotalCents: integer("line_total_cents").notNull(),
    // How many of `quantity` have shipped (order_shipments); never more than ordered.
    fulfilledQuantity: integer("fulfilled_quantity").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.orderId, t.productId] }),
    foreignKey({ columns: [t.tenantId, t.orderId], foreignColumns: [orders.tenantId, orders.id], name: "order_items_order_fk" }).onDelete(
      "cascade",
    ),
    // Products are archived, never deleted, once ordered: no cascade here.
    foreignKey({
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
      name: "order_items_product_fk",
    }),
    index("order_items_tenant_product_idx").on(t.tenantId, t.productId),
    check("order_items_quantity_positive", sql`${t.quantity} > 0`),
    check("order_items_fulfilled_within_quantity", sql`${t.fulfilledQuantity} >= 0 and ${t.fulfilledQuantity} <= ${t.quantity}`),
  ],
);

export type ShipmentLine = { productId: string; title: string; quantity: number };

/**
 * One parcel of an order: the lines (and quantities) it carries, with its
 * tracking number and carrier. Fulfilling the whole order is one shipment of
 * everything left; partial fulfillment is several. The order's own
 * tracking_number / tracking_carrier repeat the latest shipment's.
 */
export const orderShipments = pgTable(
  "order_shipments",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    orderId: uuid("order_id").notNull(),
    lines: jsonb("lines").$type<ShipmentLine[]>().notNull(),
    trackingNumber: text("tracking_number"),
    trackingCarrier: text("tracking_carrier"),
    actorUserId: uuid("actor_user_id"),
    // clock_timestamp, not now(): two shipments in one transaction keep their order.
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.orderId], foreignColumns: [orders.tenantId, orders.id], name: "order_shipments_order_fk" }).onDelete("cascade"),
    index("order_shipments_tenant_order_idx").on(t.tenantId, t.orderId, t.createdAt),
  ],
);

/**
 * One row per checkout submission (the idempotency key from the form). The
 * checkout transaction inserts it first: a concurrent duplicate waits on the
 * primary key, then finds the first order instead of making a second one; a
 * failed checkout rolls the row back, so a retry runs afresh.
 */
export const checkoutRequests = pgTable(
  "checkout_requests",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    idempotencyKey: text("idempotency_key").notNull(),
    orderId: uuid("order_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.idempotencyKey] }),
    // DEFERRABLE INITIALLY DEFERRED (migration 0033, which drizzle cannot
    // express): the checkout's claim names its order before inserting it.
    foreignKey({
      columns: [t.tenantId, t.orderId],
      foreignColumns: [orders.tenantId, orders.id],
      name: "checkout_requests_order_fk",
    }).onDelete("cascade"),
  ],
);

/**
 * Each payment provider event processed for a store, by the provider's event
 * id: the webhook inserts it in the same transaction as the order change, so a
 * replayed delivery finds it and changes nothing.
 */
export const paymentEvents = pgTable(
  "payment_events",
  {
    tenantId: tenantId(),
    eventId: text("event_id").notNull(),
    provider: text("provider").notNull(),
    type: text("type").notNull(),
    orderId: uuid("order_id"),
    // What the event did ("paid", "ignored: already refunded", …), for support.
    outcome: text("outcome").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.eventId] }), index("payment_events_tenant_order_idx").on(t.tenantId, t.orderId)],
);

/**
 * Money given back on an order. A row is written "pending" before the provider
 * is called (so two concurrent refunds cannot together exceed what was paid)
 * and settled "succeeded" or "failed" after.
 */
export const orderRefunds = pgTable(
  "order_refunds",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    orderId: uuid("order_id").notNull(),
    amountCents: integer("amount_cents").notNull(),
    reason: text("reason").notNull(),
    note: text("note"),
    status: text("status", { enum: ["pending", "succeeded", "failed"] }).notNull().default("pending"),
    providerRefundId: text("provider_refund_id"),
    restock: text("restock", { enum: ["yes", "no"] }).notNull().default("no"),
    actorUserId: uuid("actor_user_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.orderId], foreignColumns: [orders.tenantId, orders.id], name: "order_refunds_order_fk" }).onDelete("cascade"),
    uniqueIndex("order_refunds_tenant_provider_key").on(t.tenantId, t.providerRefundId),
    index("order_refunds_tenant_order_idx").on(t.tenantId, t.orderId),
    check("order_refunds_amount_positive", sql`${t.amountCents} > 0`),
  ],
);

/**
 * The order's timeline: every change, note and mail, with who (a member, the
 * customer, the payment provider or the system) and when. Shown on the
 * dashboard's order page only; notes are private to the store.
 */
export const orderEvents = pgTable(
  "order_events",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    orderId: uuid("order_id").notNull(),
    kind: text("kind").notNull(),
    message: text("message").notNull(),
    actorUserId: uuid("actor_user_id"),
    // "member", "shopper", "stripe", "system".
    actorKind: text("actor_kind").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    // clock_timestamp, not now(): several lines written in one transaction keep their order.
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.orderId], foreignColumns: [orders.tenantId, orders.id], name: "order_events_order_fk" }).onDelete("cascade"),
    index("order_events_tenant_order_idx").on(t.tenantId, t.orderId, t.createdAt),
  ],
);
