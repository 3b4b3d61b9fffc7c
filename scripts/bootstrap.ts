import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deriveAppUrl } from "@/lib/env";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/db/seed";

export const dataDir = path.resolve(process.env.PLAZA_DATA_DIR ?? ".data");

export type Prepared = { ownerUrl: string; appUrl: string; embedded?: EmbeddedServer; seeded: boolean };

/**
 * The zero-setup path shared by `npm run dev`, `npm start`, the test runners
 * and the db:* scripts: with DATABASE_URL use that server, otherwise start the
 * embedded one under .data/; then provision the app role and migrate, and seed
 * the demo when asked (only into an empty database).
 */
export async function prepareDatabase(options: { seed: boolean }): Promise<Prepared> {
  let ownerUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedServer | undefined;
  if (!ownerUrl) {
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port });
    ownerUrl = embedded.ownerUrl;
  }
  const role = { name: process.env.DATABASE_APP_ROLE ?? "plaza_app", password: process.env.DATABASE_APP_PASSWORD ?? "plaza_app" };
  try {
    await migrateDatabase(ownerUrl, role);
    const seeded = options.seed ? await seedDemo(ownerUrl) : false;
    const appUrl = process.env.DATABASE_APP_URL ?? deriveAppUrl(ownerUrl, role.name, role.password);
    return { ownerUrl, appUrl, embedded, seeded };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}

/** A value from the environment, else one generated once into .data/{file}. */
function persistedSecret(name: string, file: string, make: () => string): string {
  const fromEnv = process.env[name];
  if (fromEnv) return fromEnv;
  const at = path.join(dataDir, file);
  if (!existsSync(at)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(at, make(), { mode: 0o600 });
  }
  return readFileSync(at, "utf8").trim();
}

export const authSecret = () => persistedSecret("AUTH_SECRET", "auth-secret", () => randomBytes(32).toString("base64url"));

/** One AES-256 key, id "k1"; rotate by prepending "k2:<key>," in production. */
export const configKeys = () =>
  persistedSecret("CONFIG_ENCRYPTION_KEYS", "config-keys", () => `k1:${randomBytes(32).toString("base64")}`);

/**
 * Next.js's server-action key (base64, 32 bytes). Next bakes it into the build,
 * so a build made with it and every instance running that build agree on
 * action ids; generated once here so local builds keep it across rebuilds.
 */
export const serverActionsKey = () =>
  persistedSecret("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "server-actions-key", () => randomBytes(32).toString("base64"));
