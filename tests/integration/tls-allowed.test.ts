import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/tls/allowed/route";
import { storeDomains, stores } from "@/lib/db/schema";
import { createTestStore, testDatabases } from "./db";

/* The on-demand TLS check of docs/deploy.md: certificates only for names Plaza serves. */

const { owner } = testDatabases();
const ask = async (domain: string) => (await GET(new Request(`http://127.0.0.1/api/tls/allowed?domain=${encodeURIComponent(domain)}`))).status;

describe("the TLS terminator's question", () => {
  it("allows the platform's hosts, existing stores' subdomains and verified custom domains", async () => {
    const store = await createTestStore(owner, "tls");
    const domain = `tls-${randomUUID().slice(0, 8)}.example`;
    await owner.insert(storeDomains).values({ storeId: store.id, domain, verificationToken: "t", status: "verified", verifiedAt: new Date() });
    for (const host of ["localhost", "www.localhost", "admin.localhost", `${store.slug}.localhost`, domain, `www.${domain}`]) expect({ host, status: await ask(host) }).toEqual({ host, status: 200 });
  });

  it("refuses unknown and rejected stores, pending or foreign domains, and junk", async () => {
    const rejected = await createTestStore(owner, "tlsrej");
    await owner.update(stores).set({ status: "rejected" }).where(eq(stores.id, rejected.id));
    const pending = `pending-${randomUUID().slice(0, 8)}.example`;
    await owner.insert(storeDomains).values({ storeId: rejected.id, domain: pending, verificationToken: "t" });
    for (const host of [`nosuch-${randomUUID().slice(0, 8)}.localhost`, `${rejected.slug}.localhost`, pending, "attacker.example", "a.b.localhost", "", "x".repeat(300), "bad host"]) {
      expect({ host, status: await ask(host) }).toEqual({ host, status: 404 });
    }
  });
});
