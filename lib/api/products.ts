import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { archiveProduct, createProduct, getProduct, updateProduct, type MutationResult, type ProductRow } from "@/lib/catalog/products";
import { productInputSchema } from "@/lib/catalog/product-input";
import { apiError, validationError, type ApiContext } from "./http";
import type { productCreateSchema, productUpdateSchema } from "./schemas";
import { productJson } from "./views";

/*
 * Product writes through the API go through the dashboard's own input schema
 * (lib/catalog/product-input.ts: trimming, handle rules, price bounds) and
 * domain functions (plan limit under a lock, audit in the same transaction).
 * The API takes the price in minor units; it is handed to the form schema as
 * the decimal text a member would type, so both paths validate alike.
 */

type Fields = { title: string; handle?: string; description?: string; priceCents: number; stock: number; status: "draft" | "active" };

function asForm(f: Fields) {
  return productInputSchema.safeParse({
    title: f.title,
    handle: f.handle ?? "",
    description: f.description ?? "",
    price: (f.priceCents / 100).toFixed(2),
    stock: String(f.stock),
    status: f.status,
  });
}

function answer(result: MutationResult<ProductRow>, currency: string, status = 200): Response {
  if (result.ok) return Response.json(productJson(result.value, currency), { status });
  if (result.fieldErrors?.handle) return apiError(409, "conflict", result.fieldErrors.handle, { details: [{ path: "handle", message: result.fieldErrors.handle }] });
  if (/plan allows/.test(result.error)) return apiError(409, "limit_reached", result.error);
  if (/does not exist/.test(result.error)) return apiError(404, "not_found", "No such product in this store.");
  return apiError(409, "invalid_state", result.error);
}

export async function createViaApi(ctx: ApiContext<{ slug: string }>, input: z.infer<typeof productCreateSchema>): Promise<Response> {
  const parsed = asForm(input);
  if (!parsed.success) return validationError(parsed.error);
  return answer(await createProduct(db(), ctx.store!.id, parsed.data, { userId: ctx.key.createdBy }), ctx.store!.currency, 201);
}

export async function updateViaApi(ctx: ApiContext<{ slug: string; productId: string }>, input: z.infer<typeof productUpdateSchema>): Promise<Response> {
  const current = await getProduct(db(), ctx.store!.id, ctx.params.productId);
  if (!current) return apiError(404, "not_found", "No such product in this store.");
  // As in the dashboard: editing sets draft/active, which would bring an archived product back past the plan's limit.
  if (current.status === "archived") return apiError(409, "invalid_state", "Archived products cannot be edited.");
  const parsed = asForm({
    title: input.title ?? current.title,
    handle: input.handle ?? current.handle,
    description: input.description ?? current.description,
    priceCents: input.priceCents ?? current.priceCents,
    stock: input.stock ?? current.stock,
    status: input.status ?? current.status,
  });
  if (!parsed.success) return validationError(parsed.error);
  return answer(await updateProduct(db(), ctx.store!.id, current.id, parsed.data, { userId: ctx.key.createdBy }), ctx.store!.currency);
}

export async function archiveViaApi(ctx: ApiContext<{ slug: string; productId: string }>): Promise<Response> {
  const current = await getProduct(db(), ctx.store!.id, ctx.params.productId);
  if (!current) return apiError(404, "not_found", "No such product in this store.");
  if (current.status === "archived") return apiError(409, "invalid_state", "This product is already archived.");
  return answer(await archiveProduct(db(), ctx.store!.id, current.id, { userId: ctx.key.createdBy }), ctx.store!.currency);
}
