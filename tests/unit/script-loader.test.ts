import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Scripts (`npm run jobs`, the bench, `npm run db:*`) run lib/ outside Next
 * with scripts/loader/server-only.mjs. Under the `react-server` condition they
 * once used, react-dom/server refused to load, so a script could not render an
 * order mail: the jobs pass that refunds an expired payment lost its mail.
 */
const root = path.resolve(import.meta.dirname, "../..");
const tsx = (args: string[]) => spawnSync(path.join(root, "node_modules/.bin/tsx"), args, { cwd: root, encoding: "utf8", timeout: 60_000 });

describe("a script process", () => {
  // A child process with tsx's start-up: on a busy machine that is more than the unit project's 5 s default.
  it("loads server-only modules and renders an order mail", { timeout: 60_000 }, () => {
    const props = { storeName: "Probe", color: "#18181b", preview: "p", heading: "Thank you", paragraphs: ["We have your order #7."], currency: "USD", link: "http://x.example/o", linkLabel: "View order" };
    const run = tsx([
      "--import",
      "./scripts/loader/server-only.mjs",
      "-e",
      `import('./lib/mail/order-mail.tsx').then((m) => m.renderMail(${JSON.stringify(props)})).then((r) => console.log(JSON.stringify(r)))`,
    ]);
    expect(run.stderr).toBe("");
    const mail = JSON.parse(run.stdout) as { html: string; text: string };
    expect(mail.html).toContain("We have your order #7.");
    expect(mail.text).toContain("View order: http://x.example/o");
  });

  it("still refuses server-only modules without the loader", { timeout: 60_000 }, () => {
    const run = tsx(["-e", "import('./lib/env.ts')"]);
    expect(run.stderr).toMatch(/This module cannot be imported from a Client Component module/);
    expect(run.status).not.toBe(0);
  });
});
