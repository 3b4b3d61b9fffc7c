import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../tests/support/free-port";
export { freePort };

/*
 * A Plaza of its own for tests that stop or break it (shutdown, database
 * outage): `npm start`'s launcher (scripts/run-app.ts) on free ports, with its
 * own embedded PostgreSQL and data directory, on the production build the
 * e2e suite already made. Nothing it does touches the shared e2e server.
 */


export type Instance = {
  port: number;
  /** The embedded PostgreSQL's owner URL (superuser of this private cluster). */
  ownerUrl: string;
  url: (p: string) => string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Stops the embedded PostgreSQL under the running app (a real outage). */
  stopDatabase: () => Promise<void>;
  dispose: () => Promise<void>;
};

export async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  const port = await freePort();
  const pgPort = await freePort();
  const dataDir = path.resolve(`.data/e2e-instance-${randomUUID().slice(0, 8)}`);
  let out = "";
  const child = spawn("node_modules/.bin/tsx", ["--import", "./scripts/loader/server-only.mjs", "scripts/run-app.ts", "start"], {
    env: {
      ...process.env,
      PORT: String(port),
      ROOT_DOMAIN: `localhost:${port}`,
      EMBEDDED_PG_PORT: String(pgPort),
      PLAZA_DATA_DIR: dataDir,
      PLAZA_JOBS_INTERVAL_MS: "3600000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const url = (p: string) => `http://127.0.0.1:${port}${p}`;

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Plaza exited before it was ready:\n${out}`);
    if (Date.now() > deadline) throw new Error(`Plaza was not ready within 120 s:\n${out}`);
    const ok = await fetch(url("/api/ready")).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }

  return {
    port,
    ownerUrl: `postgres://postgres:plaza-embedded@127.0.0.1:${pgPort}/plaza`,
    url,
    child,
    output: () => out,
    exited,
    stopDatabase: async () => {
      const pid = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
      process.kill(pid, "SIGINT"); // PostgreSQL's fast shutdown
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(pid, 0);
        } catch {
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    dispose: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
