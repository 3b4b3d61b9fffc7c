/*
 * Builds and servers for `npm run bench:http`. Everything is built in copies
 * under the system temp folder, never in the work tree:
 *  - `plaza`: this work tree's sources, plus bench-only changes that never
 *    reach the product: bench/plaza-route/page.tsx at app/bench-tenancy-free
 *    (the catalog with the tenancy layers removed), the same page in the
 *    storefront's route shape at app/bench-route-shaped/[store]
 *    (bench/plaza-route/shaped), and the proxy's matcher
 *    skipping `/s/…`, so the same storefront page can be asked for without
 *    proxy.ts running at all (Next never calls the proxy for an unmatched path;
 *    bench/http.ts asks on the root host, where the front door leaves internal
 *    paths alone, lib/http/front-door.ts);
 *  - `bare`: bench/bare, a separate tiny Next app rendering the same products
 *    from memory.
 * A copy is rebuilt only when the sources it was built from changed.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const repo = process.cwd();
export const workRoot = path.join(tmpdir(), `plaza-bench-${createHash("sha1").update(repo).digest("hex").slice(0, 8)}`);

function trackedFiles(): string[] {
  const out = spawnSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: repo, encoding: "utf8" });
  if (out.status !== 0) throw new Error(`git ls-files failed: ${out.stderr}`);
  return out.stdout
    .split("\n")
    .filter((f) => f && existsSync(path.join(repo, f)))
    .sort();
}

function hashFiles(files: string[], root: string): string {
  const h = createHash("sha256");
  for (const f of files) h.update(f).update("\0").update(readFileSync(path.join(root, f))).update("\0");
  return h.digest("hex");
}

function linkNodeModules(dest: string) {
  if (existsSync(path.join(dest, "node_modules"))) return;
  // Hard links: a full node_modules in a second or two, no extra disk.
  const r = spawnSync("cp", ["-al", path.join(repo, "node_modules"), path.join(dest, "node_modules")]);
  if (r.status !== 0) throw new Error(`could not link node_modules: ${r.stderr}`);
}

function build(dest: string, env: NodeJS.ProcessEnv, label: string) {
  console.log(`  building ${label} (next build in ${dest}) …`);
  const r = spawnSync(process.execPath, [path.join(dest, "node_modules/next/dist/bin/next"), "build"], {
    cwd: dest,
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (r.status !== 0) {
    console.error(r.stdout.slice(-4000), r.stderr.slice(-4000));
    throw new Error(`next build of ${label} failed`);
  }
}

const STAMP = ".bench-source";

/** Plaza as the bench runs it; rebuilt when any source file changed. */
export function preparePlaza(env: NodeJS.ProcessEnv, rebuild: boolean, reuse = false): string {
  const dest = path.join(workRoot, "plaza");
  // --reuse: run whatever was built last (a before/after comparison of the same bench).
  if (reuse && existsSync(path.join(dest, ".next/BUILD_ID"))) {
    console.log("  plaza: reusing the last build as it is (--reuse)");
    return dest;
  }
  const files = trackedFiles();
  const hash = hashFiles(files, repo);
  if (!rebuild && existsSync(path.join(dest, ".next/BUILD_ID")) && readFileSync(path.join(dest, STAMP), "utf8") === hash) {
    console.log("  plaza: reusing the build of the same sources");
    return dest;
  }
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(dest)) if (entry !== "node_modules") rmSync(path.join(dest, entry), { recursive: true, force: true });
  for (const f of files) cpSync(path.join(repo, f), path.join(dest, f), { recursive: true });
  linkNodeModules(dest);
  // Bench-only: the tenancy-free pages, and the proxy skipping /s/… (see above).
  const benchPage = (from: string, to: string) => {
    mkdirSync(path.dirname(path.join(dest, to)), { recursive: true });
    cpSync(path.join(repo, from), path.join(dest, to));
  };
  benchPage("bench/plaza-route/page.tsx", "app/bench-tenancy-free/page.tsx");
  benchPage("bench/plaza-route/shaped/layout.tsx", "app/bench-route-shaped/[store]/layout.tsx");
  benchPage("bench/plaza-route/shaped/page.tsx", "app/bench-route-shaped/[store]/page.tsx");
  const proxyFile = path.join(dest, "proxy.ts");
  const proxy = readFileSync(proxyFile, "utf8");
  const matcher = "favicon\\\\.ico).*)";
  if (!proxy.includes(matcher)) throw new Error("bench: proxy.ts matcher changed; update bench/servers.ts");
  writeFileSync(proxyFile, proxy.replace(matcher, "favicon\\\\.ico|s/).*)"));
  build(dest, env, "plaza");
  writeFileSync(path.join(dest, STAMP), hash);
  return dest;
}

/** The bare Next app (bench/bare), built once per change of its few files. */
export function prepareBare(rebuild: boolean): string {
  const dest = path.join(workRoot, "bare");
  const src = path.join(repo, "bench/bare");
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(src, path.join(d.parentPath, d.name)))
    .sort();
  const hash = hashFiles(files, src) + createHash("sha1").update(readFileSync(path.join(repo, "package-lock.json"))).digest("hex");
  if (!rebuild && existsSync(path.join(dest, ".next/BUILD_ID")) && readFileSync(path.join(dest, STAMP), "utf8") === hash) {
    console.log("  bare: reusing the build of the same sources");
    return dest;
  }
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(dest)) if (entry !== "node_modules") rmSync(path.join(dest, entry), { recursive: true, force: true });
  for (const f of files) cpSync(path.join(src, f), path.join(dest, f));
  writeFileSync(path.join(dest, "package.json"), JSON.stringify({ name: "plaza-bench-bare", private: true, type: "module" }));
  linkNodeModules(dest);
  build(dest, process.env, "bare");
  writeFileSync(path.join(dest, STAMP), hash);
  return dest;
}

export type Server = { name: string; pid: number; port: number; stop: () => Promise<void> };

async function waitFor(url: string, child: ChildProcess, name: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer ${url} in time`);
}

function started(name: string, child: ChildProcess, port: number): Server {
  const log: string[] = [];
  child.stdout?.on("data", (d) => log.push(String(d)));
  child.stderr?.on("data", (d) => log.push(String(d)));
  child.on("exit", (code) => {
    if (code && code !== 0) console.error(`${name} exited ${code}:\n${log.join("").slice(-3000)}`);
  });
  return {
    name,
    pid: child.pid!,
    port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}

/** BENCH_CPU_PROF=<dir>: each server's threads write V8 CPU profiles into <dir>/<server>/ when they stop (open them in Chrome's DevTools). */
const profile = (name: string) => (process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.join(process.env.BENCH_CPU_PROF, name)}`] : []);

export async function startPlaza(dir: string, port: number, env: NodeJS.ProcessEnv): Promise<Server> {
  const child = spawn(process.execPath, [...profile("plaza"), "--import", "tsx/esm", "scripts/serve.mjs", "start"], {
    cwd: dir,
    env: { ...env, NODE_ENV: "production", PORT: String(port), ROOT_DOMAIN: `localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const server = started("plaza", child, port);
  await waitFor(`http://127.0.0.1:${port}/api/ready`, child, "plaza");
  return server;
}

export async function startBare(dir: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, [...profile("bare"), path.join(dir, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const server = started("bare", child, port);
  await waitFor(`http://127.0.0.1:${port}/`, child, "bare");
  return server;
}

/** CPU time (user + system, in clock ticks) of a process and all its descendants, from /proc. */
export function treeCpuTicks(rootPid: number): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  for (const [pid, t] of ticks) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === rootPid) {
        total += t;
        break;
      }
    }
  }
  return total;
}
