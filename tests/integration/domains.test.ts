import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addDomain, listDomains, recheckDomains, removeDomain, verifyDomain } from "@/lib/domains/domains";
import { FAILED_CHECKS_BEFORE_MISCONFIGURED, TXT_PREFIX, type DnsResolver } from "@/lib/domains/verification";
import { auditLog, storeDomains, stores } from "@/lib/db/schema";
import { createTestStore, testDatabases } from "./db";

const { app, owner } = testDatabases();
const ROOT = "localhost:3000";
const CNAME = "cname.localhost";
const actor = { userId: null };

/** A DNS zone the test edits as it goes. */
function fakeDns() {
  const txt = new Map<string, string[][]>();
  const nx = () => Promise.reject(Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" }));
  const resolver: DnsResolver = {
    resolveTxt: async (name) => txt.get(name) ?? nx(),
    resolveCname: async () => [CNAME],
  };
  return {
    resolver,
    publish: (domain: string, token: string) => txt.set(`${TXT_PREFIX}.${domain}`, [[token]]),
    unpublish: (domain: string) => txt.delete(`${TXT_PREFIX}.${domain}`),
  };
}

async function premiumStore(prefix = "dom") {
  const store = await createTestStore(owner, prefix);
  await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
  return store;
}

const unique = (label: string) => `${label}-${crypto.randomUUID().slice(0, 6)}.example.test`;

describe("custom domains", () => {
  it("go pending → verified when the TXT record appears, and are audited", async () => {
    const store = await premiumStore();
    const dns = fakeDns();
    const domain = unique("shop");
    const added = await addDomain(app, store.id, `https://${domain.toUpperCase()}/`, ROOT, actor);
    if (!added.ok) throw new Error(added.error);
    expect(added.value).toMatchObject({ domain, status: "pending" });
    expect(added.value.verificationToken).toMatch(/^plaza-verify=/);

    const early = await verifyDomain(app, store.id, added.value.id, dns.resolver, CNAME, actor);
    expect(early).toMatchObject({ ok: false, error: expect.stringContaining("No TXT record") });

    dns.publish(domain, added.value.verificationToken);
    const verified = await verifyDomain(app, store.id, added.value.id, dns.resolver, CNAME, actor);
    expect(verified).toMatchObject({ ok: true, value: { status: "verified", cnameOk: true } });
    const actions = await owner.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.storeId, store.id));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["domain.added", "domain.verified"]));
  });

  it("become misconfigured after repeated failed re-checks, and recover", async () => {
    const store = await premiumStore();
    const dns = fakeDns();
    const domain = unique("flaky");
    const added = await addDomain(app, store.id, domain, ROOT, actor);
    if (!added.ok) throw new Error(added.error);
    dns.publish(domain, added.value.verificationToken);
    await verifyDomain(app, store.id, added.value.id, dns.resolver, CNAME, actor);
    dns.unpublish(domain);
    for (let i = 0; i < FAILED_CHECKS_BEFORE_MISCONFIGURED; i++) await recheckDomains(app, dns.resolver, CNAME);
    const [after] = await listDomains(app, store.id);
    expect(after).toMatchObject({ status: "misconfigured", failedChecks: FAILED_CHECKS_BEFORE_MISCONFIGURED });
    dns.publish(domain, added.value.verificationToken);
    await recheckDomains(app, dns.resolver, CNAME);
    expect((await listDomains(app, store.id))[0]).toMatchObject({ status: "verified", failedChecks: 0 });
  });

  it("cannot be taken from the store that verified them, and a squatter's pending claim loses to the verifier", async () => {
    const owner1 = await premiumStore("real");
    const squatter = await premiumStore("squat");
    const late = await premiumStore("late");
    const dns = fakeDns();
    const domain = unique("contested");

    const squat = await addDomain(app, squatter.id, domain, ROOT, actor);
    const real = await addDomain(app, owner1.id, domain, ROOT, actor);
    if (!squat.ok || !real.ok) throw new Error("setup");
    // Only the real owner can publish its token.
    dns.publish(domain, real.value.verificationToken);
    expect((await verifyDomain(app, squatter.id, squat.value.id, dns.resolver, CNAME, actor))).toEqual({ ok: false, error: expect.stringContaining("No TXT record with the token was found") });
    expect((await verifyDomain(app, owner1.id, real.value.id, dns.resolver, CNAME, actor)).ok).toBe(true);
    expect(await listDomains(app, squatter.id)).toEqual([]);

    expect(await addDomain(app, late.id, domain, ROOT, actor)).toEqual({ ok: false, error: "This domain is already connected to another store.", field: "domain" });
  });

  it("refuses a domain id of another store for verify and remove, changing nothing", async () => {
    const mine = await premiumStore("mine");
    const theirs = await premiumStore("theirs");
    const dns = fakeDns();
    const added = await addDomain(app, theirs.id, unique("theirs"), ROOT, actor);
    if (!added.ok) throw new Error(added.error);
    dns.publish(added.value.domain, added.value.verificationToken);
    expect(await verifyDomain(app, mine.id, added.value.id, dns.resolver, CNAME, actor)).toEqual({ ok: false, error: "That domain does not belong to this store." });
    expect(await removeDomain(app, mine.id, added.value.id, actor)).toEqual({ ok: false, error: "That domain does not belong to this store." });
    const [row] = await owner.select().from(storeDomains).where(and(eq(storeDomains.id, added.value.id)));
    expect(row).toMatchObject({ status: "pending", storeId: theirs.id });
  });

  it("follow the plan: no custom domains on basic, and the premium limit holds under concurrency", async () => {
    const basic = await createTestStore(owner, "basic");
    expect(await addDomain(app, basic.id, unique("nope"), ROOT, actor)).toMatchObject({ ok: false, error: expect.stringContaining("not part of the Basic plan") });
    const premium = await premiumStore("limit");
    const results = await Promise.all(Array.from({ length: 4 }, (_, i) => addDomain(app, premium.id, unique(`d${i}`), ROOT, actor)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(await listDomains(app, premium.id)).toHaveLength(2);
  });

  it.each([
    ["not a domain", "Enter a domain name like shop.example.com."],
    ["10.0.0.1", "Enter a domain name, not an IP address."],
    ["acme.localhost", "Addresses on Plaza's own domain are already yours: add a domain you own."],
  ])("explain bad input (%s)", async (input, error) => {
    const store = await premiumStore("bad");
    expect(await addDomain(app, store.id, input, ROOT, actor)).toEqual({ ok: false, error, field: "domain" });
    expect(await listDomains(app, store.id)).toEqual([]);
  });

  it("are released when removed", async () => {
    const a = await premiumStore("rel-a");
    const b = await premiumStore("rel-b");
    const dns = fakeDns();
    const domain = unique("released");
    const added = await addDomain(app, a.id, domain, ROOT, actor);
    if (!added.ok) throw new Error(added.error);
    dns.publish(domain, added.value.verificationToken);
    await verifyDomain(app, a.id, added.value.id, dns.resolver, CNAME, actor);
    expect((await removeDomain(app, a.id, added.value.id, actor)).ok).toBe(true);
    expect((await addDomain(app, b.id, domain, ROOT, actor)).ok).toBe(true);
  });
});
