import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

/*
 * `npm run jobs` as an operator runs it: only DATABASE_URL in the
 * environment (no AUTH_SECRET, no app URL). Every job must run, not fail on
 * configuration the jobs do not need.
 */
describe("npm run jobs", () => {
  it("runs every job with only DATABASE_URL set", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: inject("ownerUrl"), UPLOAD_DIR: ".data/test/uploads", PLAZA_DATA_DIR: ".data/test" };
    const run = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/jobs.ts"], { cwd: root, env: env as NodeJS.ProcessEnv, encoding: "utf8", timeout: 60_000 });
    expect(run.stdout).toMatch(/\[jobs\] purge stores: purged \d+/);
    expect(run.stdout).toMatch(/\[jobs\] re-check domains: checked \d+/);
    expect(run.stdout).toMatch(/\[jobs\] send mail: SMTP_URL not set/);
    expect(run.stdout + run.stderr).not.toMatch(/failed/);
    expect(run.status).toBe(0);
  });
});
