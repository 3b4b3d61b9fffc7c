import "server-only";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import path from "node:path";
import { installJobQueues } from "../jobs/queues";

export type AppRole = { name: string; password: string };

/**
 * Brings a database up to date, run as the owner of the tables:
 *  1. the app role exists, can log in, and is NOSUPERUSER NOBYPASSRLS — so
 *     row-level security always applies to the app — and plans no parallel
 *     workers (below);
 *  2. drizzle's migrations in drizzle/ are applied;
 *  3. the app role gets data rights (not ownership) on everything in public,
 *     and may read which migrations ran (readiness compares them with the
 *     journal this build ships, lib/health/readiness.ts);
 *  4. pg-boss's schema is installed or upgraded and Plaza's job queues made,
 *     with the same data rights for the app role (lib/jobs/queues.ts) —
 *     in the control database only (`jobs: false` for a dedicated one).
 */
export async function migrateDatabase(ownerUrl: string, role: AppRole, options: { jobs?: boolean } = {}): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on("error", () => {}); // a lost connection fails the running query; never crash on the event
  await client.connect();
  try {
    // Identifiers and the password are quoted by format(%I, %L) on the server:
    // CREATE ROLE cannot take bind parameters.
    const existing = await client.query("select 1 from pg_roles where rolname = $1", [role.name]);
    const verb = existing.rowCount ? "ALTER" : "CREATE";
    const made = await client.query<{ stmt: string }>(
      "select format('%s ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE', $1::text, $2::text, $3::text) as stmt",
      [verb, role.name, role.password],
    );
    await client.query(made.rows[0]!.stmt);
    // No parallel workers for the app's own sessions: its reads are a page or
    // an index range of one store, and starting two workers costs more (10–30
    // ms on a busy machine) than such a read. The planner still picks a
    // parallel plan when it overestimates rows, e.g. a large store's orders
    // "since midnight" on a day with many orders across stores (the scale run
    // of bench:http: 33 rows per process, three processes, p95 ×1.9).
    // Applies to new sessions, in every database of the server.
    const serial = await client.query<{ stmt: string }>(
      "select format('ALTER ROLE %I SET max_parallel_workers_per_gather = 0', $1::text) as stmt",
      [role.name],
    );
    await client.query(serial.rows[0]!.stmt);

    await migrate(drizzle(client), { migrationsFolder: path.resolve(process.cwd(), "drizzle") });

    const grants = await client.query<{ grants: string }>(
      `select format($f$
        GRANT USAGE ON SCHEMA public TO %1$I;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1$I;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1$I;
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO %1$I;
        GRANT USAGE ON SCHEMA drizzle TO %1$I;
        GRANT SELECT ON drizzle.__drizzle_migrations TO %1$I;
      $f$, $1::text) as grants`,
      [role.name],
    );
    // Several statements in one simple query: no bind parameters in it.
    await client.query(grants.rows[0]!.grants);
  } finally {
    await client.end();
  }
  // A dedicated database holds one store's tenant rows; the job queues live in the control database.
  if (options.jobs !== false) await installJobQueues(ownerUrl, role.name);
}
