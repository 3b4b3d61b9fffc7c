"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { formList, storeAction } from "@/lib/actions/action";
import { refused } from "@/lib/actions/result";
import { apiKeyViews } from "@/lib/api/key-views";
import { createApiKey, revokeApiKey, STORE_SCOPES } from "@/lib/api/keys";
import { storePlan } from "@/lib/stores/settings-access";

/*
 * Store API keys. Keys are created for the request host's store only, and
 * revoke names that store, so another store's key id matches nothing.
 */

export const listApiKeysAction = storeAction("settings:read", z.object({}), async (_input, { store }) => ({ ok: true, data: await apiKeyViews(store.id) }));

const createSchema = z.object({
  name: z.string({ error: "Name the key." }).trim().min(1, "Name the key.").max(80, "Use at most 80 characters."),
  scopes: formList(z.enum(STORE_SCOPES, { error: "Unknown scope." })).refine((a) => a.length > 0, "Choose at least one scope."),
});

export const createApiKeyAction = storeAction("settings:write", createSchema, async (input, { user, store }) => {
  const plan = await storePlan(store.id);
  if (!plan.features.apiAccess) return refused(`API access is not part of the ${plan.name} plan. Ask Plaza to move the store to a plan with API access.`);
  const { key, token } = await createApiKey(db(), {
    storeId: store.id,
    name: input.name,
    scopes: input.scopes,
    createdBy: user.id,
  });
  return { ok: true, message: `Key “${key.name}” created.`, data: { token, prefix: key.prefix } };
});

export const revokeApiKeyAction = storeAction("settings:write", z.object({ keyId: z.uuid({ error: "Unknown key." }) }), async (input, { user, store }) => {
  const done = await revokeApiKey(db(), store.id, input.keyId, user.id);
  return done ? { ok: true, message: "Key revoked." } : refused("That key does not belong to this store or is already revoked.");
});
