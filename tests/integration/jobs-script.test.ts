import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connect } from "@/lib/db/connect";
import { migrateDatabase } from "@/lib/db/migrate";

/*
 * `npm run jobs` as an operator runs it: only DATABASE_URL in the
 * environment (no AUTH_SECRET, no app URL). Every job must run, not fail on
 * configuration the jobs do not need. The jobs are global (they purge, re-check
 * and send for every store), so they run against a database of this test's
 * own, never the one the other test files share.
 */
const name = `plaza_jobs_${randomBytes(5).toString("hex")}`;
const server = connect(inject("ownerUrl"), { max: 1 });
const url = new URL(inject("ownerUrl"));
url.pathname = `/${name}`;
// The suite's app role (plaza_app with the embedded server): the jobs connect as it, as they would in production.
const appUrl = new URL(inject("appUrl"));
const role = { name: decodeURIComponent(appUrl.username), password: decodeURIComponent(appUrl.password) };
const roleEnv: Record<string, string> = role.name === "plaza_app" ? {} : { DATABASE_APP_ROLE: role.name, DATABASE_APP_PASSWORD: role.password };

beforeAll(async () => {
  await server.db.execute(sql.raw(`create database "${name}"`));
  await migrateDatabase(url.toString(), role);
});
afterAll(async () => {
  await server.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
  await server.close();
});

describe("npm run jobs", () => {
  it("runs every job with only DATABASE_URL set", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: url.toString(), UPLOAD_DIR: ".data/test/uploads", PLAZA_DATA_DIR: ".data/test", ...roleEnv };
    const run = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--import", "./scripts/loader/server-only.mjs", "scripts/jobs.ts"], { cwd: root, env: env as NodeJS.ProcessEnv, encoding: "utf8", timeout: 60_000 });
    expect(run.stdout).toMatch(/\[jobs\] purge-stores: purged \d+/);
    expect(run.stdout).toMatch(/\[jobs\] recheck-domains: checked \d+/);
    expect(run.stdout).toMatch(/\[jobs\] send-mail: SMTP_URL not set/);
    expect(run.stdout).toMatch(/\[jobs\] clean-rate-limits: deleted \d+ expired counts/);
    expect(run.stdout + run.stderr).not.toMatch(/failed/);
    expect(run.status).toBe(0);
  });
});
