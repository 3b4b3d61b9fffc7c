import "server-only";
import { and, asc, count, eq, inArray, ne } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import type { Database } from "@/lib/db/connect";
import { isUniqueViolation } from "@/lib/db/errors";
import { storeDomains, stores } from "@/lib/db/schema";
import { withPlatform } from "@/lib/db/tenant";
import { PLANS } from "@/lib/plans/plans";
import { invalidateDomain } from "@/lib/tenancy/lookup";
import { checkDns, newVerificationToken, nextDomainState, parseDomainInput, type DnsResolver } from "./verification";

/*
 * A store's custom domains: add (pending, with a fresh TXT token), verify
 * through DNS, re-check, remove. store_domains is a platform table (the proxy
 * reads it for every host), so each query here names the store explicitly.
 */

export type DomainRow = typeof storeDomains.$inferSelect;
/** Named apart from lib/result.ts's Result: this one carries `value` and the field to mark. */
export type DomainResult<T> = { ok: true; value: T } | { ok: false; error: string; field?: "domain" };
type Actor = { userId: string | null };

const INPUT_PROBLEMS = {
  invalid: "Enter a domain name like shop.example.com.",
  ip: "Enter a domain name, not an IP address.",
  platform: "Addresses on Plaza's own domain are already yours: add a domain you own.",
} as const;

export async function listDomains(database: Database, storeId: string): Promise<DomainRow[]> {
  return database.select().from(storeDomains).where(eq(storeDomains.storeId, storeId)).orderBy(asc(storeDomains.createdAt));
}

export async function addDomain(database: Database, storeId: string, input: string, rootDomain: string, actor: Actor): Promise<DomainResult<DomainRow>> {
  const parsed = parseDomainInput(input, rootDomain);
  if ("problem" in parsed) return { ok: false, error: INPUT_PROBLEMS[parsed.problem], field: "domain" };
  const { domain } = parsed;
  try {
    return await withPlatform(database, async (tx) => {
      // The store row lock makes "n < limit" hold under concurrent adds.
      const [store] = await tx.select({ plan: stores.plan }).from(stores).where(eq(stores.id, storeId)).for("update");
      if (!store) return { ok: false as const, error: "Store not found." };
      const plan = PLANS[store.plan];
      if (!plan.features.customDomain) return { ok: false as const, error: `Custom domains are not part of the ${plan.name} plan.` };
      const [used] = await tx.select({ n: count() }).from(storeDomains).where(eq(storeDomains.storeId, storeId));
      if ((used?.n ?? 0) >= plan.limits.customDomains) {
        return { ok: false as const, error: `Your plan allows ${plan.limits.customDomains} custom domains. Remove one first.` };
      }
      const [taken] = await tx
        .select({ id: storeDomains.id })
        .from(storeDomains)
        .where(and(eq(storeDomains.domain, domain), eq(storeDomains.status, "verified"), ne(storeDomains.storeId, storeId)));
      if (taken) return { ok: false as const, error: "This domain is already connected to another store.", field: "domain" as const };
      const [row] = await tx.insert(storeDomains).values({ storeId, domain, verificationToken: newVerificationToken() }).returning();
      await recordAudit(tx, { storeId, actorUserId: actor.userId, action: "domain.added", targetType: "domain", targetId: domain });
      return { ok: true as const, value: row! };
    });
  } catch (err) {
    if (isUniqueViolation(err, "store_domains_store_domain_key")) return { ok: false, error: "This store already has that domain.", field: "domain" };
    throw err;
  }
}

/**
 * Checks DNS now and moves the domain's state. On success the domain serves
 * this store, and other stores' pending claims on it are dropped: the TXT
 * record has shown who controls the name.
 */
export async function verifyDomain(
  database: Database,
  storeId: string,
  domainId: string,
  resolver: DnsResolver,
  cnameTarget: string,
  actor: Actor,
): Promise<DomainResult<DomainRow & { cnameOk: boolean }>> {
  const [row] = await database
    .select()
    .from(storeDomains)
    .where(and(eq(storeDomains.storeId, storeId), eq(storeDomains.id, domainId)));
  if (!row) return { ok: false, error: "That domain does not belong to this store." };
  const dns = await checkDns(resolver, row.domain, row.verificationToken, cnameTarget);
  const next = nextDomainState(row, dns);
  try {
    const updated = await withPlatform(database, async (tx) => {
      const [u] = await tx
        .update(storeDomains)
        .set({
          ...next,
          lastCheckedAt: new Date(),
          verifiedAt: next.status === "verified" && row.status !== "verified" ? new Date() : row.verifiedAt,
          updatedAt: new Date(),
        })
        .where(and(eq(storeDomains.storeId, storeId), eq(storeDomains.id, domainId)))
        .returning();
      if (next.status === "verified" && row.status !== "verified") {
        const losers = await tx
          .delete(storeDomains)
          .where(and(eq(storeDomains.domain, row.domain), ne(storeDomains.storeId, storeId), ne(storeDomains.status, "verified")))
          .returning({ storeId: storeDomains.storeId });
        for (const l of losers) {
          await recordAudit(tx, { storeId: l.storeId, actorUserId: null, action: "domain.claim_dropped", targetType: "domain", targetId: row.domain, reason: "verified by another store" });
        }
        await recordAudit(tx, { storeId, actorUserId: actor.userId, action: "domain.verified", targetType: "domain", targetId: row.domain });
      }
      return u!;
    });
    if (updated.status !== row.status) invalidateDomain(row.domain);
    if (updated.status !== "verified") {
      const error = dns.txtFound ? "Verification failed." : `No TXT record with the token was found at _plaza-verification.${row.domain} yet. DNS changes can take a while to appear.`;
      return { ok: false, error };
    }
    return { ok: true, value: { ...updated, cnameOk: dns.cnameOk } };
  } catch (err) {
    if (isUniqueViolation(err, "store_domains_verified_domain_key")) return { ok: false, error: "This domain is already connected to another store." };
    throw err;
  }
}

/** The periodic re-check (npm run jobs): verified domains whose record vanished become misconfigured. */
export async function recheckDomains(database: Database, resolver: DnsResolver, cnameTarget: string): Promise<{ checked: number; changed: number }> {
  const rows = await database.select().from(storeDomains).where(inArray(storeDomains.status, ["verified", "misconfigured"]));
  let changed = 0;
  for (const row of rows) {
    const dns = await checkDns(resolver, row.domain, row.verificationToken, cnameTarget);
    const next = nextDomainState(row, dns);
    await database
      .update(storeDomains)
      .set({ ...next, lastCheckedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(storeDomains.storeId, row.storeId), eq(storeDomains.id, row.id)));
    if (next.status !== row.status) {
      changed++;
      invalidateDomain(row.domain);
      await recordAudit(database, { storeId: row.storeId, actorUserId: null, action: `domain.${next.status}`, targetType: "domain", targetId: row.domain });
    }
  }
  return { checked: rows.length, changed };
}

export async function removeDomain(database: Database, storeId: string, domainId: string, actor: Actor): Promise<DomainResult<{ domain: string }>> {
  const result = await withPlatform(database, async (tx) => {
    const [row] = await tx
      .delete(storeDomains)
      .where(and(eq(storeDomains.storeId, storeId), eq(storeDomains.id, domainId)))
      .returning({ domain: storeDomains.domain });
    if (!row) return { ok: false as const, error: "That domain does not belong to this store." };
    await recordAudit(tx, { storeId, actorUserId: actor.userId, action: "domain.removed", targetType: "domain", targetId: row.domain });
    return { ok: true as const, value: row };
  });
  // After the commit, so no lookup re-caches the old answer in between.
  if (result.ok) invalidateDomain(result.value.domain);
  return result;
}
