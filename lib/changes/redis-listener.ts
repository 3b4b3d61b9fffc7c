import "server-only";
import { Redis } from "ioredis";
import { CHANNEL, setChangePublisher } from "./changes";
import type { ListenerEvents } from "./postgres-listener";

// Same curve as the PostgreSQL listener: 250 ms doubling to 10 s, with jitter.
const backoff = (times: number) => Math.min(10_000, 250 * 2 ** Math.min(times, 10)) * (0.75 + Math.random() / 2);

/**
 * With REDIS_URL, changes travel over Redis pub/sub: one connection
 * subscribed to plaza_changes, one for publishing (a subscribed connection
 * cannot publish). ioredis reconnects with the backoff above and subscribes
 * again; every "ready" after the first means messages may have been missed.
 */
export async function listenToRedis(url: string, events: ListenerEvents) {
  const options = { retryStrategy: backoff, maxRetriesPerRequest: 2, connectionName: "plaza-changes" };
  const subscriber = new Redis(url, { ...options, autoResubscribe: true });
  const publisher = new Redis(url, options);
  let listening = false;
  subscriber.on("message", (channel: string, message: string) => {
    if (channel === CHANNEL) events.onMessage(message);
  });
  subscriber.on("error", (err: Error) => events.log?.(`change listener (redis): ${err.message}`));
  publisher.on("error", (err: Error) => events.log?.(`change publisher (redis): ${err.message}`));
  subscriber.on("close", () => (listening = false));
  subscriber.on("ready", () => {
    // The first subscribe happens below; after a reconnect ioredis resubscribes itself.
    if (!first) {
      listening = true;
      events.onListening();
    }
  });
  let first = true;
  await subscriber.subscribe(CHANNEL);
  first = false;
  listening = true;
  events.onListening();
  setChangePublisher(async (topic, key) => {
    await publisher.publish(CHANNEL, JSON.stringify({ topic, key }));
  });
  return {
    isListening: () => listening,
    async stop() {
      setChangePublisher(undefined);
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}

/** Publishes over a short-lived connection: for processes without a listener, which must be able to exit. */
export function publisherFor(url: string) {
  return async (topic: string, key: string) => {
    const once = new Redis(url, { maxRetriesPerRequest: 2, retryStrategy: (times: number) => (times > 3 ? null : backoff(times)) });
    once.on("error", () => {}); // reported by the publish below
    try {
      await once.publish(CHANNEL, JSON.stringify({ topic, key }));
    } finally {
      once.disconnect();
    }
  };
}
