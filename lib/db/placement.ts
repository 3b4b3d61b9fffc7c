import "server-only";
import { eq } from "drizzle-orm";
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
 * store (plaza_store_here, lib/db/connect.ts).
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

type Route = { kind: "pool" } | { kind: "dedicated"; appUrl: string; label: string } | { kind: "unknown" };
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

async function lookUp(control: Database, storeId: string): Promise<Route> {
  const [row] = await control
    .select({ placement: stores.placement, sealed: stores.placementSealed, label: stores.placementLabel })
    .from(stores)
    .where(eq(stores.id, storeId))
    .limit(1);
  if (!row) return { kind: "unknown" };
  if (row.placement === "pool" || !row.sealed) return { kind: "pool" };
  const urls = openPlacement(configKeyring(), storeId, row.sealed);
  return { kind: "dedicated", appUrl: urls.appUrl, label: row.label ?? placementLabel(urls.appUrl) };
}

function route(control: Database, storeId: string): Promise<Route> {
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
export async function tenantDatabase(control: Database, storeId: string): Promise<TenantTarget> {
  const r = await route(control, storeId);
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
