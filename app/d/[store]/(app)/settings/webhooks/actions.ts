"use server";
import { after } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { storeAction } from "@/lib/actions/action";
import { refused } from "@/lib/actions/result";
import { WEBHOOK_EVENTS } from "@/lib/api/schemas";
import { configKeyring } from "@/lib/config/keyring";
import { allowPrivateTargets, endpointIdInput, endpointInput } from "@/lib/webhooks/endpoint-form";
import { deliverDueWebhooks, targetProblem } from "@/lib/webhooks/deliver";
import { createEndpoint, deleteEndpoint, queueTestEvent, updateEndpoint } from "@/lib/webhooks/endpoints";

/*
 * Webhook endpoints in the store's settings (owners write, as for API keys):
 * the same functions as /api/v1/stores/{slug}/webhooks. Every call names the
 * request host's store, so another store's endpoint id matches nothing.
 */

const createSchema = endpointInput(WEBHOOK_EVENTS);

export const createWebhookAction = storeAction("settings:write", createSchema, async (input, { user, store }) => {
  const problem = await targetProblem(input.url, allowPrivateTargets());
  if (problem) return { ok: false, fieldErrors: { url: [problem] }, error: problem };
  let keyring;
  try {
    keyring = configKeyring();
  } catch {
    return refused("Webhooks cannot be signed: the server has no encryption keys configured.");
  }
  const result = await createEndpoint(db(), keyring, store.id, input, { userId: user.id });
  if (!result.ok) return refused(result.error);
  return { ok: true, message: "Endpoint added. Copy its signing secret now: it is not shown again.", data: { secret: result.secret } };
});

export const setWebhookEnabledAction = storeAction("settings:write", endpointIdInput.extend({ enabled: z.enum(["true", "false"]) }), async (input, { user, store }) => {
  const row = await updateEndpoint(db(), store.id, input.endpointId, { enabled: input.enabled === "true" }, { userId: user.id });
  return row ? { ok: true, message: row.status === "enabled" ? "Endpoint enabled." : "Endpoint disabled." } : refused("That endpoint does not belong to this store.");
});

export const deleteWebhookAction = storeAction("settings:write", endpointIdInput, async (input, { user, store }) =>
  (await deleteEndpoint(db(), store.id, input.endpointId, { userId: user.id })) ? { ok: true, message: "Endpoint deleted." } : refused("That endpoint does not belong to this store."),
);

/** Queues a test event and sends it once the answer is out (the click never waits on the receiver). */
export const sendTestWebhookAction = storeAction("settings:write", endpointIdInput, async (input, { user, store }) => {
  const row = await queueTestEvent(db(), store.id, input.endpointId, { userId: user.id });
  if (!row) return refused("That endpoint does not belong to this store.");
  after(async () => {
    try {
      await deliverDueWebhooks(db(), { keyring: configKeyring(), storeId: store.id, allowPrivateTargets: allowPrivateTargets() });
    } catch (err) {
      console.error("webhook test delivery failed", err);
    }
  });
  return { ok: true, message: "Test event queued: reload in a moment to see the receiver's answer in the log." };
});
