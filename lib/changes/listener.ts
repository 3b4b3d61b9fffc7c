import "server-only";
import { env } from "@/lib/env";
import { deliver, deliverResync } from "./changes";
import { listenToPostgres } from "./postgres-listener";
import { db } from "@/lib/db/client";
import { listenToDedicatedDatabases } from "@/lib/db/placement-announcements";

type Listener = { isListening: () => boolean; stop: () => Promise<void> };
type Dedicated = ReturnType<typeof listenToDedicatedDatabases>;
const g = globalThis as unknown as { plazaChangeListener?: Listener; plazaDedicatedListener?: Dedicated };

/**
 * Starts receiving changes from other instances, once per process (the Next
 * server calls it from instrumentation.ts). Scripts and the jobs runner do
 * not: they keep no caches, and a listening connection would keep them alive.
 */
export async function startChangeListener(log: (line: string) => void = console.warn): Promise<Listener> {
  if (g.plazaChangeListener) return g.plazaChangeListener;
  const e = env();
  if (e.REDIS_URL) {
    const { listenToRedis } = await import("./redis-listener");
    const redis = await listenToRedis(e.REDIS_URL, { onMessage: deliver, onListening: deliverResync, log });
    // The database announces product changes itself ("catalog", from a trigger
    // on products: any writer, imports and checkouts included), and the app does
    // not republish those on Redis; so with Redis this process listens to
    // PostgreSQL as well. A store change then arrives twice, which only drops a
    // cache entry twice. Under Citus the trigger fires on the workers and is not
    // heard: the catalog cache then falls back to its TTL (docs/deploy.md).
    const postgres = listenToPostgres(e.appDatabaseUrl, { onMessage: deliver, onListening: deliverResync, log });
    g.plazaChangeListener = {
      isListening: () => redis.isListening() && postgres.isListening(),
      stop: async () => {
        await Promise.all([redis.stop(), postgres.stop()]);
      },
    };
  } else {
    g.plazaChangeListener = listenToPostgres(e.appDatabaseUrl, { onMessage: deliver, onListening: deliverResync, log });
  }
  // Stores on dedicated databases: their triggers announce there, and this
  // process listens there too (lib/db/placement-announcements.ts), with Redis
  // as well (the app does not republish what the database announces).
  g.plazaDedicatedListener = listenToDedicatedDatabases(db().$client, log);
  return g.plazaChangeListener;
}

/** The stores whose dedicated database this process hears now (health, tests). */
export function dedicatedListening(): string[] {
  return g.plazaDedicatedListener?.listening() ?? [];
}

/** Whether this process hears other instances' changes now (health). */
export function changeListenerStatus(): "listening" | "reconnecting" | "off" {
  const l = g.plazaChangeListener;
  return !l ? "off" : l.isListening() ? "listening" : "reconnecting";
}

export async function stopChangeListener(): Promise<void> {
  await Promise.all([g.plazaChangeListener?.stop(), g.plazaDedicatedListener?.stop()]);
  g.plazaChangeListener = undefined;
  g.plazaDedicatedListener = undefined;
}
