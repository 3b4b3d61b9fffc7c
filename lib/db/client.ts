import "server-only";
import { dbTimeouts, env } from "@/lib/env";
import { connect, type Database } from "./connect";

// One pool per process, kept on globalThis so `next dev` hot reloads reuse it
// instead of opening a new pool on every edit.
const globalForDb = globalThis as unknown as { plazaDb?: ReturnType<typeof connect> };

/** The app's database handle, connected as the app role (row-level security applies). */
export function db(): Database {
  const e = env();
  globalForDb.plazaDb ??= connect(e.appDatabaseUrl, { max: e.DATABASE_POOL_MAX, timeouts: dbTimeouts(e) });
  return globalForDb.plazaDb.db;
}

/** Closes the app's pool (graceful shutdown); the next db() call would open a new one. */
export async function closeDb(): Promise<void> {
  const handle = globalForDb.plazaDb;
  globalForDb.plazaDb = undefined;
  await handle?.close();
}
