import { z } from "zod";
import { PLAN_IDS } from "@/lib/plans/plans";

/*
 * Request and response shapes of /api/v1, used both to validate and to
 * generate /api/v1/openapi.json — one source, so the document cannot drift.
 */

export const storeSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    status: z.enum(["pending", "active", "suspended", "rejected"]),
    plan: z.enum(PLAN_IDS),
    currency: z.string(),
    statusReason: z.string().nullable(),
    deletionScheduledFor: z.string().nullable().describe("When the store will be purged, if deletion was requested"),
    createdAt: z.string(),
  })
  .meta({ id: "Store" });

export const storeListSchema = z.object({ data: z.array(storeSchema), next: z.string().nullable() }).meta({ id: "StoreList" });

export const storeListQuery = z.object({
  status: z.enum(["pending", "active", "suspended", "rejected"]).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  after: z.string().max(200).optional().describe("The `next` value of the previous page"),
});

export const storeUpdateSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
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
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Product" });

export const productListSchema = z.object({ data: z.array(productSchema), next: z.string().nullable() }).meta({ id: "ProductList" });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  after: z.string().max(200).optional(),
});

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

export const joinRequestListSchema = z.object({ data: z.array(joinRequestSchema) }).meta({ id: "JoinRequestList" });

export const approveSchema = z
  .object({ role: z.enum(["admin", "catalog", "orders", "staff"]).default("staff").describe("Owners can only be made in the dashboard") })
  .meta({ id: "Approval" });

export const decisionResultSchema = z.object({ ok: z.literal(true), message: z.string() }).meta({ id: "DecisionResult" });

export const storeCreateSchema = z
  .object({
    name: z.string().trim().min(2).max(80),
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
    status: z.enum(["open", "cancelled"]),
    paymentStatus: z.enum(["pending", "paid", "voided", "refunded"]),
    fulfillmentStatus: z.enum(["unfulfilled", "fulfilled"]),
    createdAt: z.string(),
  })
  .meta({ id: "OrderSummary" });

export const orderListSchema = z
  .object({ data: z.array(orderSummarySchema), next: z.number().int().nullable().describe("Pass as `before` for the next page") })
  .meta({ id: "OrderList" });

export const ordersQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  before: z.coerce.number().int().min(1).max(2_147_483_647).optional().describe("The `next` value of the previous page (an order number)"),
  status: z.enum(["open", "cancelled"]).optional(),
});
