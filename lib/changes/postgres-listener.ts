import "server-only";
import pg from "pg";
import { CHANNEL } from "./changes";

export type ListenerEvents = {
  onMessage: (payload: string) => void;
  /** Called on every (re)connect: messages sent while not listening are lost. */
  onListening: () => void;
  log?: (line: string) => void;
};

/**
 * One dedicated connection that LISTENs on plaza_changes (a pooled
 * connection cannot: LISTEN belongs to a session). When it drops — a
 * database restart, a failover, an idle-killing proxy — it reconnects with
 * exponential backoff (250 ms doubling to 10 s, with jitter), and says so
 * through onListening so the caches forget what they may have missed.
 */
export function listenToPostgres(url: string, events: ListenerEvents) {
  let client: pg.Client | null = null;
  let stopped = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | null = null;
  let listening = false;

  const schedule = () => {
    if (stopped || timer) return;
    const delay = Math.min(10_000, 250 * 2 ** attempt) * (0.75 + Math.random() / 2);
    attempt++;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, delay);
  };

  const connect = async () => {
    const c = new pg.Client({ connectionString: url, keepAlive: true, application_name: `plaza-change-listener-${process.pid}` });
    client = c;
    let failed = false;
    const fail = (why: string) => {
      if (failed) return;
      failed = true;
      listening = false;
      if (!stopped) events.log?.(`change listener: ${why}; reconnecting`);
      c.removeAllListeners("notification");
      void c.end().catch(() => {});
      schedule();
    };
    c.on("error", (err) => fail(err.message));
    c.on("end", () => fail("connection closed"));
    c.on("notification", (n) => {
      if (n.channel === CHANNEL && n.payload) events.onMessage(n.payload);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      if (stopped) return void (await c.end());
      attempt = 0;
      listening = true;
      events.onListening();
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err));
    }
  };

  void connect();
  return {
    isListening: () => listening,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      listening = false;
      await client?.end().catch(() => {});
    },
  };
}
