import "server-only";
import { z } from "zod";
import { formList } from "@/lib/actions/form";
import { env } from "@/lib/env";

/*
 * What the store's and the console's webhook forms share: the endpoint's
 * fields (each its own event list) and whether a target may be a private
 * address (PLAZA_WEBHOOKS_ALLOW_PRIVATE=1: tests and local development only;
 * the API routes and the delivery job read the same switch).
 */

export const allowPrivateTargets = (): boolean => env().PLAZA_WEBHOOKS_ALLOW_PRIVATE === "1";

export const endpointIdInput = z.object({ endpointId: z.uuid({ error: "Unknown endpoint." }) });

export function endpointInput<const E extends readonly [string, ...string[]]>(events: E) {
  return z.object({
    url: z.url({ protocol: /^https?$/, error: "Enter an http(s) URL." }).max(2000, "Use at most 2000 characters."),
    events: formList(z.enum(events, { error: "Unknown event." })).refine((a) => a.length > 0, "Choose at least one event."),
    description: z.string().trim().max(200, "Use at most 200 characters.").default(""),
  });
}
