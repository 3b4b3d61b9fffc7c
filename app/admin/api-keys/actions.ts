"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { formList, platformAction } from "@/lib/actions/action";
import { refused } from "@/lib/actions/result";
import { apiKeyViews } from "@/lib/api/key-views";
import { createApiKey, PLATFORM_SCOPES, revokeApiKey } from "@/lib/api/keys";

/* Platform API keys (store_id null): for the /api/v1/stores endpoints, platform admins only. */

export const listPlatformKeysAction = platformAction(z.object({}), async () => ({ ok: true, data: await apiKeyViews(null) }));

const createSchema = z.object({
  name: z.string({ error: "Name the key." }).trim().min(1, "Name the key.").max(80, "Use at most 80 characters."),
  scopes: formList(z.enum(PLATFORM_SCOPES, { error: "Unknown scope." })).refine((a) => a.length > 0, "Choose at least one scope."),
});

export const createPlatformKeyAction = platformAction(createSchema, async (input, { user }) => {
  const { key, token } = await createApiKey(db(), {
    storeId: null,
    name: input.name,
    scopes: input.scopes,
    createdBy: user.id,
  });
  return { ok: true, message: `Key “${key.name}” created.`, data: { token, prefix: key.prefix } };
});

export const revokePlatformKeyAction = platformAction(z.object({ keyId: z.uuid({ error: "Unknown key." }) }), async (input, { user }) => {
  const done = await revokeApiKey(db(), null, input.keyId, user.id);
  return done ? { ok: true, message: "Key revoked." } : refused("That is not a live platform key.");
});
