import { apiError, apiRoute, type ApiContext } from "@/lib/api/http";
import { readCappedBytes } from "@/lib/api/body";
import { productJson } from "@/lib/api/views";
import { getProduct, setProductImage } from "@/lib/catalog/products";
import { idSchema } from "@/lib/commerce/validation";
import { db } from "@/lib/db/client";
import { MAX_IMAGE_BYTES, saveStoreImage } from "@/lib/storage/uploads";

export const dynamic = "force-dynamic";
type Params = { slug: string; productId: string };

/*
 * A product's image over the API: the body is the image itself. The same path
 * as the dashboard's upload (lib/storage/uploads.ts: the real type from the
 * bytes, 5 MB, the plan's storage; a generated name in the one file store),
 * then the dashboard's setProductImage (audited as the key's creator). The
 * product is looked up first: nothing is stored for another store's product.
 */

const noProduct = () => apiError(404, "not_found", "No such product in this store.");

async function product(ctx: ApiContext<Params>) {
  return idSchema.safeParse(ctx.params.productId).success ? getProduct(db(), ctx.store!.id, ctx.params.productId) : null;
}

/** POST /api/v1/stores/{slug}/products/{productId}/image (image/png|jpeg|webp|gif body) — products:write. */
export const POST = apiRoute<Params>({ scope: "products:write", store: true, maxBodyBytes: MAX_IMAGE_BYTES }, async (req, ctx) => {
  const current = await product(ctx);
  if (!current) return noProduct();
  const bytes = await readCappedBytes(req, MAX_IMAGE_BYTES);
  if (bytes === null) return apiError(413, "payload_too_large", "Images can be at most 5 MB.");
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const saved = await saveStoreImage(ctx.store!.id, new File([bytes as Uint8Array<ArrayBuffer>], "upload", { type }));
  if (!saved.ok) return /plan includes/.test(saved.error) ? apiError(409, "limit_reached", saved.error) : apiError(400, "validation_failed", saved.error);
  if (!(await setProductImage(db(), ctx.store!.id, current.id, saved.name, { userId: ctx.key.createdBy }))) return noProduct();
  return Response.json(productJson({ ...current, imagePath: saved.name }, ctx.store!.currency), { status: 201 });
});

/** DELETE /api/v1/stores/{slug}/products/{productId}/image — products:write; the product shows no image. */
export const DELETE = apiRoute<Params>({ scope: "products:write", store: true }, async (_req, ctx) => {
  const current = await product(ctx);
  if (!current) return noProduct();
  if (!(await setProductImage(db(), ctx.store!.id, current.id, null, { userId: ctx.key.createdBy }))) return noProduct();
  return Response.json(productJson({ ...current, imagePath: null }, ctx.store!.currency));
});
