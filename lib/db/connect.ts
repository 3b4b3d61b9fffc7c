import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = ReturnType<typeof connect>["db"];
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the pool or an open transaction: what query helpers accept. */
export type Queryable = Database | Tx;

/**
 * A pool and its drizzle handle. The app makes exactly one (lib/db/client.ts);
 * scripts and tests make their own with the URL they were given.
 */
export function connect(url: string, options: { max?: number } = {}) {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // Keep idle connections from pinning the embedded server at shutdown.
    idle_timeout: 30,
  });
  return { client, db: drizzle(client, { schema }) };
}
