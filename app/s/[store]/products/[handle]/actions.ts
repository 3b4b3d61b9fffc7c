"use server";

import { refresh } from "next/cache";
import { addToCart } from "@/lib/commerce/cart";
import { readCartId, writeCartId } from "@/lib/commerce/cookies";
import { formProblem } from "@/lib/actions/form-guard";
import type { FormState } from "@/lib/commerce/form-state";
import { storefrontStore } from "@/lib/access/storefront";
import { db } from "@/lib/db/client";
import { requestBase } from "@/lib/tenancy/request";

/** Adds the product to this store's guest cart; the library validates and re-checks the store. */
export async function addToCartAction(slug: unknown, _prev: unknown, form: FormData): Promise<FormState> {
  // Posted arguments are anyone's: a form of the right shape first (lib/actions/form-guard.ts).
  const problem = formProblem(form);
  if (problem) return { ok: false, message: problem.message };
  const store = await storefrontStore(slug);
  if (!store) return { ok: false, message: "This store is not taking orders right now." };
  const result = await addToCart(db(), store.id, await readCartId(), { productId: form.get("productId"), quantity: form.get("quantity") });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  await writeCartId(await requestBase(), result.cartId);
  refresh(); // the header's cart count
  return { ok: true, message: `Added to your cart. You have ${result.quantity} of this product in your cart.` };
}
