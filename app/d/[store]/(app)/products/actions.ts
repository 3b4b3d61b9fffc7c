"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { storeAction } from "@/lib/actions/action";
import { formFile } from "@/lib/actions/form-guard";
import { refused, type ActionResult } from "@/lib/actions/result";
import { archiveProduct, createProduct, getProduct, setProductImage, updateProduct, type MutationResult } from "@/lib/catalog/products";
import { productInputSchema } from "@/lib/catalog/product-input";
import { saveStoreImage } from "@/lib/storage/uploads";

/*
 * Products area actions. The store is the request host's (storeAction), and
 * every library call names it: a product id from another store is "not
 * found" and nothing changes.
 */

const productId = z.object({ productId: z.uuid({ error: "Unknown product." }) });

function toResult<T extends { id: string }>(result: MutationResult<T>, message: string): ActionResult<{ id: string }> {
  if (result.ok) return { ok: true, message, data: { id: result.value.id } };
  const fieldErrors = result.fieldErrors
    ? Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, v ? [v] : undefined]))
    : undefined;
  return { ok: false, error: result.error, fieldErrors };
}

export const createProductAction = storeAction("products:write", productInputSchema, async (input, { store, user }) =>
  toResult(await createProduct(db(), store.id, input, { userId: user.id }), "Product created."),
);

export const updateProductAction = storeAction("products:write", z.intersection(productId, productInputSchema), async (input, { store, user }) => {
  const { productId: id, ...values } = input;
  const current = await getProduct(db(), store.id, id);
  if (!current) return refused("That product does not exist in this store.");
  // Editing sets draft/active, which would bring an archived product back past the plan's limit.
  if (current.status === "archived") return refused("Archived products cannot be edited.");
  return toResult(await updateProduct(db(), store.id, id, values, { userId: user.id }), "Product saved.");
});

export const archiveProductAction = storeAction("products:write", productId, async (input, { store, user }) =>
  toResult(await archiveProduct(db(), store.id, input.productId, { userId: user.id }), "Product archived."),
);

/**
 * The form's file never reaches the wrapper's schema (it parses text fields
 * only), so it is taken from the form here and used by the body, which runs
 * only after the wrapper has checked the member and the permission. The
 * product is looked up first: an upload for another store's product is
 * refused before anything is written to disk.
 */
export async function setProductImageAction(prev: ActionResult<unknown>, formData: FormData): Promise<ActionResult<unknown>> {
  const file = formFile(formData, "image");
  return storeAction("products:write", productId, async (input, { store, user }) => {
    if (!file) return { ok: false, fieldErrors: { image: ["Choose an image to upload."] } };
    const product = await getProduct(db(), store.id, input.productId);
    if (!product) return refused("That product does not exist in this store.");
    const saved = await saveStoreImage(store.id, file);
    if (!saved.ok) return { ok: false, fieldErrors: { image: [saved.error] } };
    if (!(await setProductImage(db(), store.id, input.productId, saved.name, { userId: user.id }))) return refused("That product does not exist in this store.");
    return { ok: true, message: "Image uploaded." };
  })(prev, formData);
}
