import "server-only";
import { env } from "@/lib/env";
import { connect, type Database } from "./connect";

// One pool per process, kept on globalThis so `next dev` hot reloads reuse it
// instead of opening a new pool on every edit.
const globalForDb = globalThis as unknown as { plazaDb?: ReturnType<typeof connect> };

/** The app's database handle, connected as the app role (row-level security applies). */
export function db(): Database {
  globalForDb.plazaDb ??= connect(env().appDatabaseUrl);
  return globalForDb.plazaDb.db;
}
