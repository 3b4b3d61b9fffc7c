import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { diskFullMessage, EmbeddedStartError, explainLog } from "@/lib/db/embedded-checks";
import { freePort } from "../support/free-port";

/*
 * Embedded start-up errors in words (issue 8, item 7): what is wrong and how
 * to fix it in one paragraph — no stack trace, no raw `spawn … EACCES`.
 */

const cleanup: Array<() => void> = [];
afterEach(() => {
  while (cleanup.length) cleanup.pop()!();
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "plaza-embedded-"));
  cleanup.push(() => {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}


async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected the start to fail");
}

function expectOneParagraph(err: Error) {
  expect(err).toBeInstanceOf(EmbeddedStartError);
  expect(err.message).not.toMatch(/\n\s+at |EACCES|spawn /);
  expect(err.message.split("\n")).toHaveLength(1);
}

describe("the embedded PostgreSQL explains why it cannot start", () => {
  it("port taken: names the port and how to pick another", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    cleanup.push(() => blocker.close());
    const port = (blocker.address() as { port: number }).port;
    const err = await failure(startEmbeddedPostgres({ dataDir: path.join(tempDir(), "pg"), port }));
    expectOneParagraph(err);
    expect(err.message).toContain(`cannot listen on port ${port}: another program is already using it`);
    expect(err.message).toContain("EMBEDDED_PG_PORT");
  });

  it("data directory out of reach of the user PostgreSQL runs as: says so and how to fix it", async () => {
    const locked = tempDir();
    // As root: owner-only, so the `postgres` user cannot enter it. Otherwise: not writable for us.
    chmodSync(locked, os.userInfo().uid === 0 ? 0o700 : 0o500);
    const err = await failure(startEmbeddedPostgres({ dataDir: path.join(locked, "pg"), port: await freePort() }));
    expectOneParagraph(err);
    expect(err.message).toMatch(
      os.userInfo().uid === 0 ? /runs as the unprivileged user "postgres", and that user cannot reach/ : /cannot write its data directory .*: permission denied/,
    );
    expect(err.message).toContain("PLAZA_DATA_DIR");
  });

  it("disk full: PostgreSQL's own words become a paragraph saying to free space", () => {
    const dataDir = "/srv/plaza/.data/postgres";
    const log = "2026-12-01 LOG:  could not write to file \"pg_wal/xlogtemp.123\": No space left on device\nFATAL:  could not write init file";
    expect(explainLog(log, { port: 54329, dataDir })).toBe(diskFullMessage(dataDir));
    expect(diskFullMessage(dataDir)).toMatch(/disk holding \/srv\/plaza\/\.data\/postgres is full\. Free some space/);
  });
});
