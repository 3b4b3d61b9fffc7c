import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { connect } from "@/lib/db/connect";
import { migrateDatabase } from "@/lib/db/migrate";
import { deriveAppUrl } from "@/lib/env";

/*
 * A migrated database of the test's own on the suite's server, for tests
 * whose subject is a whole table (a sender drains every due outbox row):
 * other test files writing to the shared database cannot race them, and they
 * touch nothing they did not create. Dropped by `drop()`.
 */
export async function scratchDatabase(prefix: string) {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const serverUrl = inject("ownerUrl");
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const ownerUrl = url.toString();
  await migrateDatabase(ownerUrl, { name: "plaza_app", password: "plaza_app" });
  const appUrl = deriveAppUrl(ownerUrl, "plaza_app", "plaza_app");
  const owner = connect(ownerUrl, { max: 2 });
  const app = connect(appUrl, { max: 2 });
  return {
    ownerUrl,
    appUrl,
    owner: owner.db,
    app: app.db,
    async drop() {
      await Promise.all([owner.close(), app.close()]);
      await admin.query(`drop database "${name}" with (force)`);
      await admin.end();
    },
  };
}
