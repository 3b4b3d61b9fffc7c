import "server-only";
import type { z } from "zod";
import type { ProductRow } from "@/lib/catalog/products";
import type { OrderDetail, OrderSummary } from "@/lib/commerce/orders";
import type { orderSchema, orderSummarySchema, productSchema } from "./schemas";

/* Rows as the API shows them: the schemas' shapes, dates as ISO strings. */

export function productJson(p: ProductRow, currency: string): z.infer<typeof productSchema> {
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    description: p.description,
    priceCents: p.priceCents,
    currency,
    stock: p.stock,
    status: p.status,
    image: p.imagePath,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function orderSummaryJson(o: OrderSummary): z.infer<typeof orderSummarySchema> {
  return {
    id: o.id,
    number: o.number,
    email: o.email,
    name: o.name,
    totalCents: o.totalCents,
    currency: o.currency,
    status: o.status,
    paymentStatus: o.paymentStatus,
    fulfillmentStatus: o.fulfillmentStatus,
    createdAt: o.createdAt.toISOString(),
  };
}

export function orderJson(o: OrderDetail): z.infer<typeof orderSchema> {
  return {
    ...orderSummaryJson(o),
    items: o.items.map((i) => ({ productId: i.productId, title: i.title, unitPriceCents: i.unitPriceCents, quantity: i.quantity, lineTotalCents: i.lineTotalCents })),
  };
}
