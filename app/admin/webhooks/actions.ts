"use server";
import { after } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { platformAction } from "@/lib/actions/action";
import { refused } from "@/lib/actions/result";
import { configKeyring } from "@/lib/config/keyring";
import { allowPrivateTargets, endpointIdInput, endpointInput } from "@/lib/webhooks/endpoint-form";
import { targetProblem } from "@/lib/webhooks/deliver";
import {
  createPlatformEndpoint,
  deletePlatformEndpoint,
  deliverPlatformWebhooks,
  PLATFORM_WEBHOOK_EVENTS,
  queuePlatformTestEvent,
  setPlatformEndpointEnabled,
} from "@/lib/webhooks/platform";

/* The platform's webhook endpoints in the console (platform admins only): lib/webhooks/platform.ts. */

const createSchema = endpointInput(PLATFORM_WEBHOOK_EVENTS);

export const createPlatformWebhookAction = platformAction(createSchema, async (input, { user }) => {
  const problem = await targetProblem(input.url, allowPrivateTargets());
  if (problem) return { ok: false, fieldErrors: { url: [problem] }, error: problem };
  let keyring;
  try {
    keyring = configKeyring();
  } catch {
    return refused("Webhooks cannot be signed: the server has no encryption keys configured.");
  }
  const result = await createPlatformEndpoint(db(), keyring, input, user.id);
  if (!result.ok) return refused(result.error);
  return { ok: true, message: "Endpoint added. Copy its signing secret now: it is not shown again.", data: { secret: result.secret } };
});

export const setPlatformWebhookEnabledAction = platformAction(endpointIdInput.extend({ enabled: z.enum(["true", "false"]) }), async (input, { user }) => {
  const row = await setPlatformEndpointEnabled(db(), input.endpointId, input.enabled === "true", user.id);
  return row ? { ok: true, message: row.status === "enabled" ? "Endpoint enabled." : "Endpoint disabled." } : refused("No such endpoint.");
});

export const deletePlatformWebhookAction = platformAction(endpointIdInput, async (input, { user }) =>
  (await deletePlatformEndpoint(db(), input.endpointId, user.id)) ? { ok: true, message: "Endpoint deleted." } : refused("No such endpoint."),
);

/** Queues a test event and sends it once the answer is out (the click never waits on the receiver). */
export const sendPlatformTestWebhookAction = platformAction(endpointIdInput, async (input, { user }) => {
  const row = await queuePlatformTestEvent(db(), input.endpointId, user.id);
  if (!row) return refused("No such endpoint.");
  after(async () => {
    try {
      await deliverPlatformWebhooks(db(), { keyring: configKeyring(), allowPrivateTargets: allowPrivateTargets() });
    } catch (err) {
      console.error("platform webhook test delivery failed", err);
    }
  });
  return { ok: true, message: "Test event queued: reload in a moment to see the receiver's answer in the log." };
});
