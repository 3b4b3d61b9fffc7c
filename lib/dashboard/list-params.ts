import { z } from "zod";

/*
 * Query strings of the dashboard's list endpoints, checked before they reach
 * SQL: a tampered cursor or filter is a 400, never a database error (500).
 * Pure: the client builds the same parameters.
 */

// created_at as PostgreSQL prints it, e.g. "2025-05-01 09:30:00.123456+00".
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

export const PRODUCT_FILTERS = ["all", "active", "draft", "archived"] as const;

export const productListParams = z
  .object({
    status: z.enum(PRODUCT_FILTERS).default("all"),
    afterAt: z.string().regex(PG_TIMESTAMP).optional(),
    afterId: z.uuid().optional(),
  })
  .transform((p) => ({
    status: p.status === "all" ? undefined : p.status,
    after: p.afterAt && p.afterId ? { createdAt: p.afterAt, id: p.afterId } : undefined,
  }));

export const ORDER_STATUSES = ["open", "cancelled", "expired", "closed"] as const;
export const PAYMENT_STATUSES = ["pending", "paid", "failed", "partially_refunded", "refunded", "disputed", "voided"] as const;
export const FULFILLMENT_STATUSES = ["unfulfilled", "partially_fulfilled", "fulfilled"] as const;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" || v === "all" ? undefined : v), z.enum(values).optional());

export const orderListParams = z.object({
  status: optionalEnum(ORDER_STATUSES),
  paymentStatus: optionalEnum(PAYMENT_STATUSES),
  fulfillmentStatus: optionalEnum(FULFILLMENT_STATUSES),
  before: z.coerce.number().int().min(1).max(1_000_000_000).optional(),
});

export type OrderFilters = { status?: string; paymentStatus?: string; fulfillmentStatus?: string };

/** URLSearchParams → plain object, first value of each name. */
export function searchObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (!(k in out)) out[k] = v;
  return out;
}
