import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import path from "node:path";

export type AppRole = { name: string; password: string };

/**
 * Brings a database up to date, run as the owner of the tables:
 *  1. the app role exists, can log in, and is NOSUPERUSER NOBYPASSRLS — so
 *     row-level security always applies to the app;
 *  2. drizzle's migrations in drizzle/ are applied;
 *  3. the app role gets data rights (not ownership) on everything in public.
 */
export async function migrateDatabase(ownerUrl: string, role: AppRole): Promise<void> {
  const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    // Identifiers and the password are quoted by format(%I, %L) on the server:
    // CREATE ROLE cannot take bind parameters.
    const [existing] = await client`select 1 from pg_roles where rolname = ${role.name}`;
    const verb = existing ? "ALTER" : "CREATE";
    const [{ stmt }] = (await client`
      select format('%s ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE', ${verb}::text, ${role.name}::text, ${role.password}::text) as stmt
    `) as unknown as [{ stmt: string }];
    await client.unsafe(stmt);

    await migrate(drizzle(client), { migrationsFolder: path.resolve(process.cwd(), "drizzle") });

    const [{ grants }] = (await client`
      select format($f$
        GRANT USAGE ON SCHEMA public TO %1$I;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1$I;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1$I;
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO %1$I;
      $f$, ${role.name}::text) as grants
    `) as unknown as [{ grants: string }];
    await client.unsafe(grants);
  } finally {
    await client.end();
  }
}
