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
