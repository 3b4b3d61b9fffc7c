import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { deriveAppUrl } from "@/lib/env";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/db/seed";

/*
 * One real PostgreSQL for the integration suite: DATABASE_URL when given (the
 * owner's URL), otherwise a fresh embedded server under .data/test on
 * TEST_PG_PORT. Migrated and seeded once; tests connect as the app role, the
 * way the app does, so row-level security is what they exercise.
 */
const APP_ROLE = { name: "plaza_app", password: "plaza_app" };

declare module "vitest" {
  export interface ProvidedContext {
    ownerUrl: string;
    appUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let ownerUrl = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!ownerUrl) {
    const dataDir = path.resolve(".data/test/postgres");
    rmSync(dataDir, { recursive: true, force: true });
    const server = await startEmbeddedPostgres({ dataDir, port: Number(process.env.TEST_PG_PORT ?? 54339) });
    ownerUrl = server.ownerUrl;
    stop = server.stop;
  }
  await migrateDatabase(ownerUrl, APP_ROLE);
  await seedDemo(ownerUrl);
  project.provide("ownerUrl", ownerUrl);
  project.provide("appUrl", deriveAppUrl(ownerUrl, APP_ROLE.name, APP_ROLE.password));
  return async () => {
    await stop?.();
  };
}
