import "server-only";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/*
 * When `npm run jobs` last finished a pass by hand on this machine, for the
 * console's health page, in a small JSON file in the data directory. The
 * scheduled runs of every instance are read from pg-boss's jobs instead
 * (lib/console/health.ts).
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
