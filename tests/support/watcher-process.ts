import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

/**
 * Starts tests/support/store-watcher.ts as a separate Node process (another
 * "instance") and lets a test wait for a line it prints.
 */
export function startWatcher(env: Record<string, string>, slug: string, domain: string) {
  const child: ChildProcess = spawn(
    path.resolve("node_modules/.bin/tsx"),
    ["--import", path.resolve("scripts/loader/server-only.mjs"), path.resolve("tests/support/store-watcher.ts"), slug, domain],
    { env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", ...env }, stdio: ["pipe", "pipe", "pipe"] },
  );
  const lines: string[] = [];
  const waiters: { match: RegExp; resolve: (l: string) => void }[] = [];
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  createInterface({ input: child.stdout! }).on("line", (line) => {
    lines.push(line);
    for (const w of [...waiters]) if (w.match.test(line)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(line);
    }
  });
  return {
    /** Resolves with the first line (already printed or to come) matching `match`. */
    waitFor(match: RegExp, timeoutMs = 15_000): Promise<string> {
      const done = lines.find((l) => match.test(l));
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`watcher did not print ${match} in ${timeoutMs} ms; printed ${JSON.stringify(lines)}; stderr ${stderr}`)), timeoutMs);
        waiters.push({ match, resolve: (l) => (clearTimeout(t), resolve(l)) });
      });
    },
    stop(): Promise<void> {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.stdin!.end();
        setTimeout(() => child.kill("SIGKILL"), 3_000).unref();
      });
    },
  };
}
