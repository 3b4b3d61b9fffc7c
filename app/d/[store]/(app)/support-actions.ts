"use server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";
import { platformAction } from "@/lib/actions/action";
import { refused } from "@/lib/actions/result";
import { endImpersonation } from "@/lib/stores/impersonation";
import { requestStoreSlug } from "@/lib/tenancy/request-store";
import { consoleUrl } from "@/lib/tenancy/urls";

/** Ends the admin's own support session in the store of this host (never one named by the form). */
export const endSupportAction = platformAction(z.object({}), async (_input, { user }) => {
  const slug = await requestStoreSlug();
  if (!slug) return refused("This action belongs to a store's dashboard.");
  const [store] = await db().select({ id: stores.id }).from(stores).where(eq(stores.slug, slug)).limit(1);
  if (!store) return refused("Store not found.");
  await endImpersonation(db(), user.id, store.id);
  return { ok: true, message: "Support access ended.", data: { url: consoleUrl(`/stores/${slug}`) } };
});
