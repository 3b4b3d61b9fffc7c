import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { TestProject } from "vitest/node";
import { connect } from "@/lib/db/connect";
import { deriveAppUrl } from "@/lib/env";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase, type AppRole } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/db/seed";

/*
 * One real PostgreSQL database for the integration suite, always one this
 * setup created (tests never touch a database they did not make):
 * - by default a fresh embedded server under .data/test on TEST_PG_PORT;
 * - with DATABASE_URL exported, a new database `plaza_test_<random>` (and app
 *   role) on that server, dropped again at the end — never the database the URL
 *   names. If the URL's role may not create databases, the suite refuses to start.
 * Migrated and seeded once; tests connect as the app role, the way the app
 * does, so row-level security is what they exercise.
 */

declare module "vitest" {
  export interface ProvidedContext {
    ownerUrl: string;
    appUrl: string;
  }
}

async function throwawayDatabase(serverUrl: string) {
  const name = `plaza_test_${randomBytes(6).toString("hex")}`;
  const admin = connect(serverUrl, { max: 1 });
  try {
    await admin.db.execute(sql.raw(`create database "${name}"`));
  } catch (err) {
    await admin.close();
    throw new Error(
      `Integration tests create their own database and never use the one DATABASE_URL names; creating "${name}" failed (${err instanceof Error ? (err.cause as Error | undefined)?.message ?? err.message : err}). Unset DATABASE_URL to use an embedded PostgreSQL, or give its role CREATEDB.`,
    );
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async (role: AppRole) => {
    await admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
    await admin.db.execute(sql.raw(`drop role if exists "${role.name}"`));
    await admin.close();
  };
  return { ownerUrl: url.toString(), drop, suffix: name.slice("plaza_test_".length) };
}

export default async function setup(project: TestProject) {
  let ownerUrl: string;
  let appRole: AppRole = { name: "plaza_app", password: "plaza_app" };
  let stop: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    const db = await throwawayDatabase(process.env.DATABASE_URL);
    ownerUrl = db.ownerUrl;
    // A role of this run's own: roles are server-wide, and the server's plaza_app is not ours.
    appRole = { name: `plaza_app_${db.suffix}`, password: randomBytes(12).toString("hex") };
    stop = () => db.drop(appRole);
  } else {
    const dataDir = path.resolve(".data/test/postgres");
    rmSync(dataDir, { recursive: true, force: true });
    const server = await startEmbeddedPostgres({ dataDir, port: Number(process.env.TEST_PG_PORT ?? 54339) });
    ownerUrl = server.ownerUrl;
    stop = server.stop;
  }
  await migrateDatabase(ownerUrl, appRole);
  await seedDemo(ownerUrl);
  project.provide("ownerUrl", ownerUrl);
  project.provide("appUrl", deriveAppUrl(ownerUrl, appRole.name, appRole.password));
  return stop;
}
