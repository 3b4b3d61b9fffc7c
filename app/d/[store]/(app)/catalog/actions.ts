"use server";
import { db } from "@/lib/db/client";
import { storeAction } from "@/lib/actions/action";
import { optIn } from "@/lib/catalog/master-opt-in";
import { optInSchema } from "@/lib/catalog/master-input";

/**
 * Opting into a master product copies it into this store (the request host's
 * store, never one named in the form), within the plan's product limit.
 */
export const optInAction = storeAction("products:write", optInSchema, async (input, { user, store }) => {
  const result = await optIn(db(), user.id, store.id, input);
  if (!result.ok) return result;
  return { ok: true, message: `“${result.title}” is now in your store (${input.status === "active" ? "active" : "draft"}).` };
});
