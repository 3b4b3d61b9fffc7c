import "server-only";
import { timingSafeEqual } from "node:crypto";
import { and, asc, desc, eq, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { orderItems, orders } from "@/lib/db/schema";
import { stateIs } from "@/lib/db/states";
import { readTenant } from "@/lib/db/tenant";
import { idSchema } from "./validation";

/*
 * Reading orders. Customers reach an order only with its access token (from the
 * link or the cookie set at checkout) or as the signed-in customer who placed
 * it; anything else gets the same null as "no such order", so the page cannot
 * be used to probe which order numbers exist.
 */

export type OrderDetail = typeof orders.$inferSelect & { items: Array<typeof orderItems.$inferSelect> };

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function loadOrder(database: Database, storeId: string, where: SQL): Promise<OrderDetail | null> {
  // The order and its lines in one round trip: both statements are sent at
  // once (pipelined in one read-only tenant transaction), the lines found
  // through the same condition as the order. Lines never change after checkout.
  return readTenant(database, storeId, async (tx) => {
    const [found, items] = await Promise.all([
      tx
        .select()
        .from(orders)
        .where(and(eq(orders.tenantId, storeId), where))
        .limit(1),
      tx
        .select({ item: orderItems })
        .from(orderItems)
        .innerJoin(orders, and(eq(orders.tenantId, orderItems.tenantId), eq(orders.id, orderItems.orderId)))
        .where(and(eq(orderItems.tenantId, storeId), eq(orders.tenantId, storeId), where))
        .orderBy(asc(orderItems.title)),
    ]);
    const order = found[0];
    if (!order) return null;
    return { ...order, items: items.map((r) => r.item).filter((i) => i.orderId === order.id) };
  });
}

/** Parses "1001" from the URL; anything else is not an order number. */
export function parseOrderNumber(raw: string): number | null {
  if (!/^\d{4,9}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * The order with this number if the customer may see it: one of `tokens`
 * matches its access token, or `customerId` placed it (or, with a verified
 * email, is the order's customer).
 */
export async function findOrderForCustomer(
  database: Database,
  storeId: string,
  number: number,
  access: { tokens: string[]; customerId?: string | null; emailVerified?: boolean },
): Promise<OrderDetail | null> {
  const order = await loadOrder(database, storeId, eq(orders.number, number));
  if (!order) return null;
  const byToken = access.tokens.some((t) => sameToken(t, order.accessToken));
  // A verified account also sees its email's guest orders (the customer row is the account's).
  const byAccount = !!access.customerId && (access.customerId === order.placedByAccountId || (!!access.emailVerified && access.customerId === order.customerId));
  return byToken || byAccount ? order : null;
}

/** For the store dashboard: an order of this store by id; another store's id is null. */
export async function findOrderForStore(database: Database, storeId: string, orderId: string): Promise<OrderDetail | null> {
  if (!idSchema.safeParse(orderId).success) return null;
  return loadOrder(database, storeId, eq(orders.id, orderId));
}

export type OrderSummary = Pick<
  typeof orders.$inferSelect,
  "id" | "number" | "email" | "name" | "totalCents" | "currency" | "status" | "paymentStatus" | "fulfillmentStatus" | "createdAt"
>;

const summaryColumns = {
  id: orders.id,
  number: orders.number,
  email: orders.email,
  name: orders.name,
  totalCents: orders.totalCents,
  currency: orders.currency,
  status: orders.status,
  paymentStatus: orders.paymentStatus,
  fulfillmentStatus: orders.fulfillmentStatus,
  createdAt: orders.createdAt,
};

/**
 * A store's orders, newest first, keyset-paginated on the order number (unique
 * and increasing per store). Filters are the three status axes.
 */
export async function listOrders(
  database: Database,
  storeId: string,
  options: {
    beforeNumber?: number | null;
    status?: (typeof orders.status.enumValues)[number];
    paymentStatus?: (typeof orders.paymentStatus.enumValues)[number];
    fulfillmentStatus?: (typeof orders.fulfillmentStatus.enumValues)[number];
    customerId?: string;
    /** Orders placed while this customer account was signed in (the customer's own history). */
    placedByAccountId?: string;
    /** With placedByAccountId: also the orders whose customer is that account (guest orders with its email) — only for a verified email. */
    includeGuestOrders?: boolean;
    limit?: number;
  } = {},
): Promise<{ items: OrderSummary[]; nextBefore: number | null }> {
  const limit = Math.min(Math.max(options.limit ?? 25, 1), 100);
  const conditions: SQL[] = [eq(orders.tenantId, storeId)];
  if (options.beforeNumber) conditions.push(sql`${orders.number} < ${options.beforeNumber}`);
  // Written into the statement: its partial index serves the generic plan (lib/db/states.ts).
  if (options.status) conditions.push(stateIs(orders.status, options.status));
  if (options.paymentStatus) conditions.push(stateIs(orders.paymentStatus, options.paymentStatus));
  if (options.fulfillmentStatus) conditions.push(stateIs(orders.fulfillmentStatus, options.fulfillmentStatus));
  if (options.placedByAccountId) {
    if (!idSchema.safeParse(options.placedByAccountId).success) return { items: [], nextBefore: null };
    conditions.push(
      options.includeGuestOrders
        ? or(eq(orders.placedByAccountId, options.placedByAccountId), eq(orders.customerId, options.placedByAccountId))!
        : eq(orders.placedByAccountId, options.placedByAccountId),
    );
  }
  if (options.customerId) {
    if (!idSchema.safeParse(options.customerId).success) return { items: [], nextBefore: null };
    conditions.push(eq(orders.customerId, options.customerId));
  }
  const rows = await readTenant(database, storeId, (tx) =>
    tx
      .select(summaryColumns)
      .from(orders)
      .where(and(...conditions))
      .orderBy(desc(orders.number))
      .limit(limit + 1),
  );
  const items = rows.slice(0, limit);
  return { items, nextBefore: rows.length > limit ? (items[items.length - 1]?.number ?? null) : null };
}
