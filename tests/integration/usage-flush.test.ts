import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { stores, usageCounters } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { countApiRequest, countCheckout, countRequest, flushUsage } from "@/lib/usage/counters";
import { createTestStore, testDatabases } from "./db";

/*
 * Usage counters leave memory in one statement for every store
 * (plaza_flush_usage), under each store's own tenant so row-level security
 * still checks every row, and flushes never overlap.
 */
const { app, appPool, owner } = testDatabases();

const countsOf = async (ids: string[]) =>
  Object.fromEntries(
    (await owner.select().from(usageCounters).where(inArray(usageCounters.tenantId, ids))).map((r) => [r.tenantId, { requests: r.requests, apiRequests: r.apiRequests, checkouts: r.checkouts }]),
  );

describe("flushing usage", () => {
  it("writes every store's counts in one flush, adding to what is there", async () => {
    const [a, b] = [await createTestStore(owner, "usage"), await createTestStore(owner, "usage")];
    for (let i = 0; i < 3; i++) countRequest(a!.id);
    countApiRequest(a!.id);
    countCheckout(b!.id);
    expect(await flushUsage()).toBeGreaterThanOrEqual(2);
    expect(await countsOf([a!.id, b!.id])).toEqual({
      [a!.id]: { requests: 3, apiRequests: 1, checkouts: 0 },
      [b!.id]: { requests: 0, apiRequests: 0, checkouts: 1 },
    });
    countRequest(a!.id);
    await flushUsage();
    expect((await countsOf([a!.id]))[a!.id]).toMatchObject({ requests: 4 });
  });

  it("never overlaps: a flush asked for while one runs joins it, and what arrived meanwhile waits for the next", async () => {
    const s = await createTestStore(owner, "usage");
    for (let i = 0; i < 5; i++) countRequest(s.id);
    const first = flushUsage();
    countRequest(s.id);
    const second = flushUsage();
    expect(await second).toBe(await first);
    expect((await countsOf([s.id]))[s.id]).toMatchObject({ requests: 5 });
    await flushUsage();
    expect((await countsOf([s.id]))[s.id]).toMatchObject({ requests: 6 });
  });

  it("drops only a purged store's counts; the other stores' are written", async () => {
    const kept = await createTestStore(owner, "usage");
    const gone = await createTestStore(owner, "usage");
    countRequest(kept.id);
    countRequest(gone.id);
    countRequest(randomUUID()); // a store that never existed
    await owner.delete(stores).where(eq(stores.id, gone.id));
    await flushUsage();
    expect(await countsOf([kept.id, gone.id])).toEqual({ [kept.id]: { requests: 1, apiRequests: 0, checkouts: 0 } });
  });

  it("writes under each store's tenant and gives the caller's tenant back", async () => {
    const [a, b] = [await createTestStore(owner, "usage"), await createTestStore(owner, "usage")];
    const rows = JSON.stringify([{ tenant_id: b!.id, hour: new Date().toISOString(), requests: 2, api_requests: 0, checkouts: 0 }]);
    const after = await withTenant(app, a!.id, async (tx) => {
      await tx.execute(sql`select plaza_flush_usage(${rows}::jsonb)`);
      return (await tx.execute(sql`select current_setting('app.tenant_id', true) as t`)).rows[0] as { t: string };
    });
    expect(after.t).toBe(a!.id);
    expect((await countsOf([b!.id]))[b!.id]).toMatchObject({ requests: 2 });
  });

  it("is still row-level secured: the app role cannot write a store's counts outside the function", async () => {
    const s = await createTestStore(owner, "usage");
    const err = await appPool.query("insert into usage_counters (tenant_id, hour, requests) values ($1, now(), 1)", [s.id]).catch((e: Error) => e.message);
    expect(err).toMatch(/row-level security/);
  });
});
