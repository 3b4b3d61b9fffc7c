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

/** The order's life: open until cancelled. Payment and fulfillment are separate axes. */
export const orderStatus = pgEnum("order_status", ["open", "cancelled"]);
/** voided: cancelled before payment; refunded: cancelled after a (manual) payment. */
export const paymentStatus = pgEnum("payment_status", ["pending", "paid", "voided", "refunded"]);
export const fulfillmentStatus = pgEnum("fulfillment_status", ["unfulfilled", "fulfilled"]);

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
    paymentReference: text("payment_reference"),
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
    check("orders_number_positive", sql`${t.number} >= 1001`),
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
    foreignKey({
      columns: [t.tenantId, t.orderId],
      foreignColumns: [orders.tenantId, orders.id],
      name: "checkout_requests_order_fk",
    }).onDelete("cascade"),
  ],
);
