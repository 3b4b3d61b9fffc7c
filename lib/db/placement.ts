import "server-only";
import { getTableColumns } from "drizzle-orm";
import type pg from "pg";
import { z } from "zod";
import { onChange } from "@/lib/changes/changes";
import { decryptSecret, encryptSecret, type Keyring } from "@/lib/config/crypto";
import { configKeyring } from "@/lib/config/keyring";
import { dbTimeouts, env } from "@/lib/env";
import { connect, type Database } from "./connect";
import { stores } from "./schema";

/*
 * Where a store's tenant rows live (docs/decisions/0019-store-placement.md):
 * the shared pool (the control database, which also holds every platform
 * table) or a dedicated database of its own. The registry is the store's row
 * in the control database: `placement` and, for a dedicated database, its
 * connection details sealed with the config keyring (associated data binds
 * them to the store). Only this module opens them; nothing outside lib/db
 * knows where a store lives: withTenant asks tenantDatabase().
 *
 * Routing is cached per process and dropped when a "placement" change is
 * announced; a stale entry is harmless besides one retry, because every
 * tenant transaction asks the database it reached whether it still holds the
 * store (STORE_HERE, lib/db/entered.ts).
 */

/** What the sealed value holds: the owner's URL (migrations, moves) and the app role's (requests). */
export const dedicatedUrls = z.object({ ownerUrl: z.string().min(1), appUrl: z.string().min(1) });
export type DedicatedUrls = z.infer<typeof dedicatedUrls>;

const aad = (storeId: string) => `store-placement:${storeId}`;

export function sealPlacement(keyring: Keyring, storeId: string, urls: DedicatedUrls): string {
  return encryptSecret(keyring, JSON.stringify(dedicatedUrls.parse(urls)), aad(storeId));
}

export function openPlacement(keyring: Keyring, storeId: string, sealed: string): DedicatedUrls {
  return dedicatedUrls.parse(JSON.parse(decryptSecret(keyring, sealed, aad(storeId))));
}

/** What may be shown of a database: host, port and name. Never the user or the password. */
export function placementLabel(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ""}/${decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres"}`;
  } catch {
    return "(unreadable database address)";
  }
}

type Route = { kind: "pool" } | { kind: "dedicated"; appUrl: string; label: string; slug: string } | { kind: "unknown" };
type OpenPool = { handle: ReturnType<typeof connect>; label: string; lastUsed: number; failing: string | null };

// On globalThis: the proxy and the pages are separate bundles in one process.
const g = globalThis as unknown as {
  plazaPlacementRoutes?: Map<string, Promise<Route>>;
  plazaDedicatedPools?: Map<string, OpenPool>;
  plazaPlacementSweep?: NodeJS.Timeout;
};
const IDLE_CLOSE_MS = 5 * 60_000;

function routes(): Map<string, Promise<Route>> {
  if (!g.plazaPlacementRoutes) {
    g.plazaPlacementRoutes = new Map();
    // Every instance hears a move at once; null means "messages may be lost": forget all.
    onChange("placement", (key) => (key ? g.plazaPlacementRoutes?.delete(key) : g.plazaPlacementRoutes?.clear()));
    // A change of a store's row (announced with its slug by the database's
    // trigger): a dedicated store's route is dropped, and looking it up again
    // refreshes the copy of the row in its database.
    onChange("store", (slug) => {
      const cache = g.plazaPlacementRoutes;
      if (!cache) return;
      if (!slug) return cache.clear();
      for (const [id, found] of cache) void found.then((r) => r.kind === "dedicated" && r.slug === slug && cache.get(id) === found && cache.delete(id), () => {});
    });
  }
  return g.plazaPlacementRoutes;
}

function pools(): Map<string, OpenPool> {
  g.plazaDedicatedPools ??= new Map();
  if (!g.plazaPlacementSweep) {
    g.plazaPlacementSweep = setInterval(() => void closeIdlePools(), 60_000);
    g.plazaPlacementSweep.unref();
  }
  return g.plazaDedicatedPools;
}

/** Forgets where `storeId` lives (all stores with null): the next transaction looks it up again. */
export function forgetPlacement(storeId: string | null): void {
  if (storeId) routes().delete(storeId);
  else routes().clear();
}

// The store's own row as a dedicated database keeps it (lib/db/move.ts makes
// it): every column but the registry's, which there say whether the rows are
// complete ("pool" = "in this database"; drizzle/0018_store_placement.sql).
const MIRRORED = Object.values(getTableColumns(stores))
  .map((c) => c.name)
  .filter((n) => n !== "id" && !n.startsWith("placement"));
const MIRROR_UPDATE = `update stores s set (${MIRRORED.map((n) => `"${n}"`).join(", ")}) =
  (select ${MIRRORED.map((n) => `r."${n}"`).join(", ")} from jsonb_populate_record(null::stores, $1::jsonb) r) where s.id = $2`;

/**
 * Brings a dedicated database's copy of the store's row up to date (name,
 * plan, currency, status, theme…): the store's own transactions read it
 * there (a plan limit, the currency of an order). Done whenever an instance
 * looks the placement up, which a change of the store's row triggers
 * (the "store" announcement drops the cached route), and by the jobs.
 */
export async function syncMirror(pool: pg.Pool | pg.ClientBase, storeId: string, row: Record<string, unknown>): Promise<void> {
  await pool.query(MIRROR_UPDATE, [JSON.stringify(row), storeId]);
}

async function lookUp(control: pg.Pool, storeId: string): Promise<Route> {
  const { rows } = await control.query<{ row: Record<string, unknown> & { slug: string; placement: "pool" | "dedicated"; placement_sealed: string | null; placement_label: string | null } }>(
    "select to_jsonb(s) as row from stores s where id = $1",
    [storeId],
  );
  const row = rows[0]?.row;
  if (!row) return { kind: "unknown" };
  if (row.placement === "pool" || !row.placement_sealed) return { kind: "pool" };
  const urls = openPlacement(configKeyring(), storeId, row.placement_sealed);
  const label = row.placement_label ?? placementLabel(urls.appUrl);
  await syncMirror(dedicatedPool(urls.appUrl, label).$client, storeId, row);
  return { kind: "dedicated", appUrl: urls.appUrl, label, slug: row.slug };
}

function route(control: pg.Pool, storeId: string): Promise<Route> {
  const cache = routes();
  let found = cache.get(storeId);
  if (!found) {
    found = lookUp(control, storeId);
    cache.set(storeId, found);
    // A failed or "no such store" lookup is not kept: the next call asks again.
    found.then(
      (r) => r.kind === "unknown" && cache.get(storeId) === found && cache.delete(storeId),
      () => cache.get(storeId) === found && cache.delete(storeId),
    );
  }
  return found;
}

/** The pool for a dedicated database's app URL: opened on first use, at most DEDICATED_POOLS_MAX at once. */
function dedicatedPool(appUrl: string, label: string): Database {
  const open = pools();
  const existing = open.get(appUrl);
  if (existing) {
    existing.lastUsed = Date.now();
    return existing.handle.db;
  }
  const e = env();
  while (open.size >= e.DEDICATED_POOLS_MAX) {
    const [oldestUrl, oldest] = [...open.entries()].sort((a, b) => a[1].lastUsed - b[1].lastUsed)[0]!;
    open.delete(oldestUrl);
    // pool.end() lets checked-out connections finish before it closes them.
    void oldest.handle.close().catch(() => {});
  }
  const entry: OpenPool = {
    label,
    lastUsed: Date.now(),
    failing: null,
    // The label, never the URL, goes into the log.
    handle: connect(appUrl, {
      max: e.DEDICATED_POOL_MAX,
      timeouts: dbTimeouts(e),
      onError: (err) => {
        entry.failing = err.message;
        console.warn(`[db] dedicated database ${label}: connection lost: ${err.message}`);
      },
    }),
  };
  open.set(appUrl, entry);
  return entry.handle.db;
}

export type TenantTarget = { database: Database; checkHere: boolean };

/**
 * The database that holds `storeId`'s tenant rows: `control` itself for the
 * pool, a dedicated database's pool otherwise. A store the registry does not
 * know (a test's made-up id, a store deleted meanwhile) goes to `control`
 * unchecked: it has no rows anywhere, and row-level security shows none.
 */
/** tenantDatabase for code that works on the driver's pool directly (store export and import stream rows with a cursor). */
export async function tenantPool(control: pg.Pool, storeId: string): Promise<{ pool: pg.Pool; checkHere: boolean }> {
  const r = await route(control, storeId);
  if (r.kind === "dedicated") return { pool: dedicatedPool(r.appUrl, r.label).$client, checkHere: true };
  return { pool: control, checkHere: r.kind === "pool" };
}

export async function tenantDatabase(control: Database, storeId: string): Promise<TenantTarget> {
  const r = await route(control.$client, storeId);
  if (r.kind === "pool") return { database: control, checkHere: true };
  if (r.kind === "unknown") return { database: control, checkHere: false };
  return { database: dedicatedPool(r.appUrl, r.label), checkHere: true };
}

async function closeIdlePools(): Promise<void> {
  const open = g.plazaDedicatedPools;
  if (!open) return;
  const now = Date.now();
  for (const [url, entry] of open) {
    if (now - entry.lastUsed < IDLE_CLOSE_MS) continue;
    open.delete(url);
    await entry.handle.close().catch(() => {});
  }
}

/** How many dedicated pools this process holds open (tests, health). */
export function openDedicatedPools(): number {
  return g.plazaDedicatedPools?.size ?? 0;
}

/** Closes every dedicated pool (graceful shutdown, tests). */
export async function closeDedicatedPools(): Promise<void> {
  const open = g.plazaDedicatedPools;
  g.plazaDedicatedPools = undefined;
  if (g.plazaPlacementSweep) clearInterval(g.plazaPlacementSweep);
  g.plazaPlacementSweep = undefined;
  forgetPlacement(null);
  await Promise.all([...(open?.values() ?? [])].map((p) => p.handle.close().catch(() => {})));
}
