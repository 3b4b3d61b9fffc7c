"use server";

import { refresh } from "next/cache";
import { setCartQuantity } from "@/lib/commerce/cart";
import { readCartId } from "@/lib/commerce/cookies";
import { formProblem } from "@/lib/actions/form-guard";
import type { FormState } from "@/lib/commerce/form-state";
import { storefrontStore } from "@/lib/access/storefront";
import { db } from "@/lib/db/client";

/** Changes a cart line's quantity, or removes it ("remove" button, or quantity 0). */
export async function updateCartLineAction(slug: unknown, _prev: unknown, form: FormData): Promise<FormState> {
  // Posted arguments are anyone's: a form of the right shape first (lib/actions/form-guard.ts).
  const problem = formProblem(form);
  if (problem) return { ok: false, message: problem.message };
  const store = await storefrontStore(slug);
  if (!store) return { ok: false, message: "This store is not taking orders right now." };
  const remove = form.get("intent") === "remove";
  const quantity = remove ? 0 : form.get("quantity");
  const result = await setCartQuantity(db(), store.id, await readCartId(), { productId: form.get("productId"), quantity });
  if (!result.ok) return { ok: false, message: result.fieldErrors?.quantity ? undefined : result.message, fieldErrors: result.fieldErrors };
  refresh(); // totals, notices and the header count
  return { ok: true };
}
