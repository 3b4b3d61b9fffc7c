import "server-only";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/*
 * When the job runner last finished a pass, for the console's health page.
 * The runner lives in the launcher process (or a cron'd `npm run jobs`), not
 * in the Next.js server, so memory cannot carry it: a small JSON file in the
 * data directory does. It describes this machine's runner only — honest for
 * the single-node install; a multi-node deployment should watch its cron.
 */

export type LastPass = { finishedAt: string; report: Record<string, string> };

const file = () => path.resolve(process.env.PLAZA_DATA_DIR ?? ".data", "jobs-last-pass.json");

export async function writeLastPass(pass: LastPass): Promise<void> {
  try {
    await mkdir(path.dirname(file()), { recursive: true });
    await writeFile(file(), JSON.stringify(pass));
  } catch {
    // Health reporting must never fail a job pass.
  }
}

export async function readLastPass(): Promise<LastPass | null> {
  try {
    const parsed = JSON.parse(await readFile(file(), "utf8")) as LastPass;
    return typeof parsed.finishedAt === "string" ? parsed : null;
  } catch {
    return null;
  }
}
