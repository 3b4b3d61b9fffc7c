import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, inject, it } from "vitest";
import { onChange } from "@/lib/changes/changes";
import { changeListenerStatus, startChangeListener, stopChangeListener } from "@/lib/changes/listener";
import { reactivateStore, suspendStore } from "@/lib/stores/lifecycle";
import { invalidateStore } from "@/lib/tenancy/lookup";
import { hasRedisServer, startRedisServer } from "../support/redis-server";
import { startWatcher } from "../support/watcher-process";
import { createTestStore, testDatabases } from "./db";

/*
 * The same promise as changes.test.ts with REDIS_URL set: the instances
 * exchange changes over Redis pub/sub, on a redis-server this file starts
 * itself on a free port. lib/env.ts is read lazily, so setting REDIS_URL
 * first switches this file's app modules to Redis.
 */
const available = hasRedisServer();
const redis = available ? await startRedisServer() : null;
if (redis) process.env.REDIS_URL = redis.url;
afterAll(async () => {
  await stopChangeListener();
  await redis?.stop();
});

const { app, owner } = testDatabases();

describe.skipIf(!available)("with REDIS_URL", () => {
  it("a suspension through one instance is seen by another within a second", async () => {
    await startChangeListener(() => {}); // instance A publishes through Redis
    const store = await createTestStore(owner, "redis");
    const b = startWatcher({ DATABASE_APP_URL: inject("appUrl"), AUTH_SECRET: "x".repeat(32), TENANT_CACHE_TTL_MS: "60000", REDIS_URL: redis!.url }, store.slug, `none-${randomUUID().slice(0, 6)}.example`);
    try {
      await b.waitFor(/^ready active none$/);
      let start = performance.now();
      expect(await suspendStore(app, store.id, "fraud", { userId: null })).toMatchObject({ ok: true });
      await b.waitFor(/^seen suspended none$/);
      const suspended = performance.now() - start;
      start = performance.now();
      await reactivateStore(app, store.id, null, { userId: null });
      await b.waitFor(/^seen active none$/);
      const reactivated = performance.now() - start;
      console.log(`instance B saw (redis): suspension after ${suspended.toFixed(0)} ms, reactivation ${reactivated.toFixed(0)} ms`);
      expect(suspended).toBeLessThan(1_000);
      expect(reactivated).toBeLessThan(1_000);
    } finally {
      await b.stop();
    }
  });

  it("hears the database's own product announcements too (the catalog cache's topic), whoever wrote", async () => {
    await startChangeListener(() => {});
    const store = await createTestStore(owner, "redis-catalog");
    const heard: string[] = [];
    const off = onChange("catalog", (key) => key && heard.push(key));
    try {
      // Written straight into the database, as an import or another tool would: nothing publishes on Redis.
      await owner.$client.query("insert into products (tenant_id, handle, title, price_cents, stock, status) values ($1, 'mug', 'Mug', 1200, 10, 'active')", [store.id]);
      const end = Date.now() + 5_000;
      while (!heard.includes(store.id) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toContain(store.id);
    } finally {
      off();
    }
  });

  it("resubscribes after Redis drops the connection, and tells the caches to forget everything", async () => {
    let resyncs = 0;
    const keys: string[] = [];
    onChange("store", (key) => (key === null ? resyncs++ : keys.push(key)));
    const listener = await startChangeListener(() => {});
    expect(listener.isListening()).toBe(true);
    await redis!.admin.call("CLIENT", "KILL", "TYPE", "pubsub");
    const until = async (ok: () => boolean) => {
      const end = Date.now() + 10_000;
      while (!ok()) {
        if (Date.now() > end) throw new Error("timed out");
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await until(() => resyncs >= 1 && changeListenerStatus() === "listening");
    // Straight into Redis, as another instance would: only the subscription can bring it here.
    const key = `redis-${randomUUID().slice(0, 8)}`;
    await redis!.admin.publish("plaza_changes", JSON.stringify({ topic: "store", key }));
    await until(() => keys.includes(key));
  });

  it("publishes from a process that does not listen (npm run jobs), over a connection of its own", async () => {
    await stopChangeListener();
    const subscriber = new Redis(redis!.url);
    const got: string[] = [];
    subscriber.on("message", (_channel: string, message: string) => got.push(message));
    await subscriber.subscribe("plaza_changes");
    try {
      const slug = `jobs-${randomUUID().slice(0, 8)}`;
      invalidateStore(slug);
      const end = Date.now() + 5_000;
      while (!got.length && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(got.map((m) => JSON.parse(m))).toEqual([{ topic: "store", key: slug }]);
    } finally {
      subscriber.disconnect();
    }
  });
});
