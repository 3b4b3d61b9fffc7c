import "server-only";
import type pg from "pg";
import { deliver, onChange } from "@/lib/changes/changes";
import { listenToPostgres } from "@/lib/changes/postgres-listener";
import { configKeyring } from "@/lib/config/keyring";
import { openPlacement, placementLabel } from "./placement";

/*
 * Changes announced inside a dedicated database. Its triggers announce like
 * the pool's (a product a customer could see changed: "catalog" + store id,
 * drizzle/0015_perf_indexes.sql), but NOTIFY reaches only sessions of the
 * database it ran in, and every instance LISTENs on the control database.
 * So each instance also keeps one listening connection per dedicated
 * database (docs/decisions/0019-store-placement.md): whoever writes there
 * (a checkout, an import, a migration, psql) still drops every instance's
 * cached catalog of that store at once.
 *
 * A dedicated database speaks only for its own store: a message is passed on
 * only when it is that store's "catalog" (its copy of the store's row
 * announces "store" too when refreshed; the control database's row is the one
 * that counts, and it announces itself). On every (re)connect the store's
 * catalog is dropped, because messages sent while not listening are lost.
 * The set of databases follows the registry: looked up at start, after each
 * "placement" change (a move), after a gap in the control's messages, and
 * every minute as a backstop.
 */

type Listening = { appUrl: string; label: string; listener: ReturnType<typeof listenToPostgres> };

const REFRESH_MS = 60_000;

export function listenToDedicatedDatabases(control: pg.Pool, log: (line: string) => void = console.warn) {
  const open = new Map<string, Listening>();
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  const relay = (storeId: string) => (payload: string) => {
    try {
      const m = JSON.parse(payload) as { topic?: unknown; key?: unknown };
      if (m.topic === "catalog" && m.key === storeId) deliver(payload);
    } catch {
      // not ours: ignored, like any malformed message
    }
  };
  const dropCatalog = (storeId: string) => () => deliver(JSON.stringify({ topic: "catalog", key: storeId }));

  const sync = async () => {
    const { rows } = await control.query<{ id: string; sealed: string }>(
      "select id, placement_sealed as sealed from stores where placement = 'dedicated' and placement_sealed is not null",
    );
    const wanted = new Map<string, string>();
    for (const r of rows) {
      try {
        wanted.set(r.id, openPlacement(configKeyring(), r.id, r.sealed).appUrl);
      } catch (err) {
        log(`[changes] store ${r.id}: its dedicated database's address cannot be opened: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    for (const [id, entry] of open) {
      if (wanted.get(id) === entry.appUrl) continue;
      open.delete(id);
      void entry.listener.stop();
    }
    for (const [id, appUrl] of wanted) {
      if (open.has(id) || stopped) continue;
      const label = placementLabel(appUrl);
      // The label, never the URL, goes into the log.
      const listener = listenToPostgres(appUrl, { onMessage: relay(id), onListening: dropCatalog(id), log: (line) => log(`[changes] dedicated database ${label}: ${line}`) });
      open.set(id, { appUrl, label, listener });
    }
  };

  const refresh = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await sync();
        } catch (err) {
          log(`[changes] could not read the dedicated databases from the registry: ${err instanceof Error ? err.message : String(err)}`);
        }
      } while (again && !stopped);
    })().finally(() => (running = null));
    return running;
  };

  const offPlacement = onChange("placement", () => void refresh());
  const timer = setInterval(() => void refresh(), REFRESH_MS);
  timer.unref();
  const first = refresh();

  return {
    /** Resolves once the registry has been read the first time (tests). */
    ready: () => first,
    refresh,
    /** The stores whose dedicated database this process hears now. */
    listening: () => [...open.entries()].filter(([, e]) => e.listener.isListening()).map(([id]) => id),
    /** Whether every dedicated database is heard (health). */
    isListening: () => [...open.values()].every((e) => e.listener.isListening()),
    async stop() {
      stopped = true;
      offPlacement();
      clearInterval(timer);
      const all = [...open.values()];
      open.clear();
      await Promise.all(all.map((e) => e.listener.stop()));
    },
  };
}
