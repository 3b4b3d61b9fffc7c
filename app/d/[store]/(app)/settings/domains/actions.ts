"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { storeAction } from "@/lib/actions/action";
import { fieldError, refused } from "@/lib/actions/result";
import { addDomain, removeDomain, verifyDomain } from "@/lib/domains/domains";
import { cnameTarget, dnsResolver } from "@/lib/domains/resolver";
import { domainViews } from "./views";

/*
 * Custom domain actions. The store is the request host's (storeAction) and
 * every library call names it, so another store's domain id matches nothing
 * and is refused.
 */

const domainId = z.object({ domainId: z.uuid({ error: "Unknown domain." }) });

export const listDomainsAction = storeAction("settings:read", z.object({}), async (_input, { store }) => ({
  ok: true,
  data: await domainViews(store.id),
}));

export const addDomainAction = storeAction(
  "settings:write",
  z.object({ domain: z.string({ error: "Enter a domain name." }).trim().min(1, "Enter a domain name.").max(253, "That name is too long.") }),
  async (input, { user, store }) => {
    const result = await addDomain(db(), store.id, input.domain, env().ROOT_DOMAIN, { userId: user.id });
    if (!result.ok) return result.field ? fieldError(result.field, result.error) : refused(result.error);
    return { ok: true, message: `${result.value.domain} added. Publish the DNS records below, then press “Verify now”.` };
  },
);

export const verifyDomainAction = storeAction("settings:write", domainId, async (input, { user, store }) => {
  const result = await verifyDomain(db(), store.id, input.domainId, dnsResolver(), cnameTarget(), { userId: user.id });
  if (!result.ok) return refused(result.error);
  const routing = result.value.cnameOk ? "" : " The CNAME (or ALIAS) record does not point to Plaza yet: customers reach the store once it does.";
  return { ok: true, message: `${result.value.domain} is verified.${routing}` };
});

export const removeDomainAction = storeAction("settings:write", domainId, async (input, { user, store }) => {
  const result = await removeDomain(db(), store.id, input.domainId, { userId: user.id });
  if (!result.ok) return refused(result.error);
  return { ok: true, message: `${result.value.domain} removed.` };
});
