import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Queryable } from "@/lib/db/connect";
import { env } from "@/lib/env";

/*
 * Changes announced to every instance, so each can drop what it cached. A
 * change names a topic and a key ("store" + slug, "domain" + host); a cache
 * subscribes with onChange(topic, handler). Messages travel through
 * PostgreSQL LISTEN/NOTIFY (channel plaza_changes) or, with REDIS_URL, Redis
 * pub/sub; ./listener.ts keeps the receiving connection. A message can be
 * missed (a dropped connection): the receiver then calls every handler with
 * `null`, "anything may have changed", and the caches' TTL stays the last
 * fallback. Page caches add their own topics here.
 */

export const TOPICS = ["store", "domain", "catalog", "placement", "user", "membership"] as const;
export type Topic = (typeof TOPICS)[number];
/** `key` is what changed; null when messages may have been missed and everything is suspect. */
export type ChangeHandler = (key: string | null) => void;

export const CHANNEL = "plaza_changes";
export const changeMessage = z.object({ topic: z.string(), key: z.string() });

// On globalThis: the proxy and the pages are separate bundles in one process
// and must share one set of subscribers (like the caches they clear).
const g = globalThis as unknown as { plazaChangeHandlers?: Map<string, Set<ChangeHandler>> };
const handlers = () => (g.plazaChangeHandlers ??= new Map());

/** Calls `handler` for every change of `topic` announced by any instance. Returns the unsubscribe. */
export function onChange(topic: Topic, handler: ChangeHandler): () => void {
  const set = handlers().get(topic) ?? new Set<ChangeHandler>();
  handlers().set(topic, set);
  set.add(handler);
  return () => set.delete(handler);
}

/** Hands a received message to the subscribers; malformed or unknown ones are ignored. */
export function deliver(payload: string): void {
  let message;
  try {
    message = changeMessage.parse(JSON.parse(payload));
  } catch {
    return;
  }
  for (const h of handlers().get(message.topic) ?? []) h(message.key);
}

/** After a gap in the messages (reconnect): every subscriber forgets everything. */
export function deliverResync(): void {
  for (const set of handlers().values()) for (const h of set) h(null);
}

// Stores, domains, the catalog ("catalog" + store id), users and
// memberships ("<store id>:<user id>") are announced by the database itself:
// triggers in drizzle/0011_change_notifications.sql, 0015_perf_indexes.sql
// and 0023_access_announcements.sql notify inside the writing transaction,
// whoever wrote. Only Redis needs the app to publish them.
const DATABASE_ANNOUNCED = new Set<string>(["store", "domain", "catalog", "user", "membership"]);

type Publisher = (topic: string, key: string) => Promise<void>;
const gp = globalThis as unknown as { plazaChangePublisher?: Publisher };
/** Set by the Redis listener; PostgreSQL needs none (pg_notify through the app's pool). */
export function setChangePublisher(publish: Publisher | undefined): void {
  gp.plazaChangePublisher = publish;
}

/**
 * Tells every instance (this one included) that `key` of `topic` changed.
 * With PostgreSQL, pass the writing transaction: the message is then
 * delivered on commit and never for a rolled-back change.
 */
export async function announceChange(topic: Topic, key: string, tx?: Queryable): Promise<void> {
  if (!tx) for (const h of handlers().get(topic) ?? []) h(key);
  const redisUrl = env().REDIS_URL;
  if (redisUrl) {
    // A process that does not listen (npm run jobs) publishes over a connection of its own.
    const publish = gp.plazaChangePublisher ?? (await import("./redis-listener")).publisherFor(redisUrl);
    await publish(topic, key);
    return;
  }
  if (DATABASE_ANNOUNCED.has(topic)) return;
  await (tx ?? db()).execute(sql`select plaza_announce(${topic}, ${key})`);
}
