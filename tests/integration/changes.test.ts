import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { announceChange, onChange, type Topic } from "@/lib/changes/changes";
import { changeListenerStatus, startChangeListener, stopChangeListener } from "@/lib/changes/listener";
import { storeDomains, stores } from "@/lib/db/schema";
import { reactivateStore, suspendStore } from "@/lib/stores/lifecycle";
import { startWatcher } from "../support/watcher-process";
import { createTestStore, testDatabases } from "./db";

/*
 * Cross-instance invalidation over PostgreSQL LISTEN/NOTIFY. "Instance B" is
 * a separate Node process (tests/support/store-watcher.ts) with the real
 * lookup cache at a 60 s TTL; this process is "instance A" and changes the
 * store. B must serve the new state within a second, long before its TTL.
 */

const { app, owner } = testDatabases();
const admin = { userId: null };
const watcherEnv = () => ({ DATABASE_APP_URL: inject("appUrl"), AUTH_SECRET: "x".repeat(32), TENANT_CACHE_TTL_MS: "60000" });
afterAll(() => stopChangeListener());

async function timed(change: () => Promise<unknown>, seen: () => Promise<string>): Promise<number> {
  const start = performance.now();
  await change();
  await seen();
  return performance.now() - start;
}

describe("a store changed through one instance", () => {
  it("is seen by another instance within a second: suspension, reactivation and a domain verification", async () => {
    const store = await createTestStore(owner, "notify");
    const domain = `shop-${randomUUID().slice(0, 8)}.example`;
    const [claim] = await owner.insert(storeDomains).values({ storeId: store.id, domain, verificationToken: randomUUID() }).returning();
    const b = startWatcher(watcherEnv(), store.slug, domain);
    try {
      await b.waitFor(/^ready active none$/);
      const suspended = await timed(
        async () => expect(await suspendStore(app, store.id, "chargebacks", admin)).toMatchObject({ ok: true }),
        () => b.waitFor(/^seen suspended none$/),
      );
      const reactivated = await timed(
        async () => expect(await reactivateStore(app, store.id, null, admin)).toMatchObject({ ok: true }),
        () => b.waitFor(/^seen active none$/),
      );
      // Written without the app (an operator in psql): the database announces it all the same.
      const verified = await timed(
        () => owner.update(storeDomains).set({ status: "verified", verifiedAt: new Date() }).where(eq(storeDomains.id, claim!.id)),
        () => b.waitFor(new RegExp(`^seen active ${store.slug}$`)),
      );
      console.log(`instance B saw: suspension after ${suspended.toFixed(0)} ms, reactivation ${reactivated.toFixed(0)} ms, domain ${verified.toFixed(0)} ms`);
      for (const ms of [suspended, reactivated, verified]) expect(ms).toBeLessThan(1_000);
    } finally {
      await b.stop();
    }
  });
});

describe("the database's announcements", () => {
  async function heard(change: () => Promise<unknown>): Promise<unknown[]> {
    const listener = new pg.Client({ connectionString: inject("ownerUrl") });
    await listener.connect();
    const got: string[] = [];
    listener.on("notification", (n) => got.push(n.payload ?? ""));
    await listener.query("LISTEN plaza_changes");
    try {
      await change();
      await listener.query("select 1"); // notifications committed before this round trip have arrived
      await new Promise((r) => setTimeout(r, 50));
      return got.map((m) => JSON.parse(m));
    } finally {
      await listener.end();
    }
  }

  it("come on commit, name the old and new slug, and never come for a rollback or a change routing does not cache", async () => {
    const store = await createTestStore(owner, "ann");
    const renamed = `${store.slug}-2`;
    expect(await heard(() => owner.update(stores).set({ slug: renamed }).where(eq(stores.id, store.id)))).toEqual([
      { topic: "store", key: store.slug },
      { topic: "store", key: renamed },
    ]);
    expect(await heard(() => owner.update(stores).set({ settings: { note: "x" }, updatedAt: new Date() }).where(eq(stores.id, store.id)))).toEqual([]);
    const rolledBack = await heard(() =>
      owner
        .transaction(async (tx) => {
          await tx.update(stores).set({ status: "suspended" }).where(eq(stores.id, store.id));
          throw new Error("abort");
        })
        .catch(() => {}),
    );
    expect(rolledBack).toEqual([]);
    const [row] = await owner.select({ status: stores.status }).from(stores).where(eq(stores.id, store.id));
    expect(row?.status).toBe("active");
  });
});

describe("announceChange, for caches the database does not announce (page caches)", () => {
  it("sends inside the caller's transaction: delivered on commit, dropped on rollback", async () => {
    const topic = "page" as Topic; // a topic a page cache would add ("catalog" is announced by the database: drizzle/0014)
    const listener = new pg.Client({ connectionString: inject("ownerUrl") });
    await listener.connect();
    const got: unknown[] = [];
    listener.on("notification", (n) => got.push(JSON.parse(n.payload ?? "null")));
    await listener.query("LISTEN plaza_changes");
    try {
      await app.transaction(async (tx) => {
        await announceChange(topic, "kept", tx);
      });
      await app
        .transaction(async (tx) => {
          await announceChange(topic, "dropped", tx);
          throw new Error("abort");
        })
        .catch(() => {});
      await announceChange(topic, "no-transaction");
      await listener.query("select 1");
      await new Promise((r) => setTimeout(r, 50));
      expect(got).toEqual([
        { topic: "page", key: "kept" },
        { topic: "page", key: "no-transaction" },
      ]);
    } finally {
      await listener.end();
    }
  });
});

describe("the listening connection", () => {
  it("reconnects after the database drops it, tells the caches to forget everything, and hears changes again", async () => {
    const resyncs: number[] = [];
    const keys: string[] = [];
    onChange("store", (key) => (key === null ? resyncs.push(Date.now()) : keys.push(key)));
    const listener = await startChangeListener(() => {});
    const until = async (ok: () => boolean, ms = 15_000) => {
      const end = Date.now() + ms;
      while (!ok()) {
        if (Date.now() > end) throw new Error("timed out");
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await until(() => listener.isListening() && resyncs.length === 1);

    const [killed] = (await owner.execute(sql`
      select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
      where application_name = ${`plaza-change-listener-${process.pid}`}`)).rows as unknown as [{ n: number }];
    expect(killed.n).toBe(1);
    await until(() => changeListenerStatus() === "reconnecting" || resyncs.length === 2);
    await until(() => resyncs.length === 2 && changeListenerStatus() === "listening");

    const store = await createTestStore(owner, "again");
    await until(() => keys.includes(store.slug), 2_000);
  });
});
