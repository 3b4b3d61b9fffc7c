import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAll, usageBytes, type FileStore } from "@/lib/storage/file-store";
import { LocalDiskStore } from "@/lib/storage/local-disk";
import { S3Store } from "@/lib/storage/s3";
import { startS3Server } from "../support/s3-server";

/*
 * One contract, two drivers: the same cases run against the local disk and
 * against the S3 driver talking to a real S3-protocol server (s3rver).
 */

const text = (s: string) => new TextEncoder().encode(s);
const body = async (store: FileStore, key: string) => {
  const bytes = await readAll(store, key);
  return bytes && new TextDecoder().decode(bytes);
};

let s3: Awaited<ReturnType<typeof startS3Server>>;
const dir = mkdtempSync(path.join(tmpdir(), "plaza-files-"));
const drivers: Record<string, () => FileStore> = {};

beforeAll(async () => {
  s3 = await startS3Server();
  drivers.s3 = () => new S3Store({ bucket: s3.bucket, endpoint: s3.endpoint, region: "us-east-1", forcePathStyle: true, credentials: s3.credentials });
});
drivers.local = () => new LocalDiskStore(dir);
afterAll(async () => {
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(["local", "s3"])("the %s file store", (driver) => {
  const store = () => drivers[driver]!();

  it("puts, streams, sizes, copies and deletes a file; a missing one is null", async () => {
    const a = `stores/${randomUUID()}/`;
    const fs = store();
    await fs.put(`${a}one.png`, text("first"), "image/png");
    const got = await fs.get(`${a}one.png`);
    expect(got).toMatchObject({ size: 5, type: "image/png" });
    expect(await new Response(got!.body).text()).toBe("first");
    await fs.put(`${a}one.png`, text("second!"), "image/png"); // replaces
    expect(await fs.size(`${a}one.png`)).toBe(7);
    expect(await fs.copy(`${a}one.png`, `${a}two.png`)).toBe(true);
    expect(await body(fs, `${a}two.png`)).toBe("second!");
    expect(await fs.copy(`${a}none.png`, `${a}three.png`)).toBe(false);
    await fs.delete(`${a}one.png`);
    await fs.delete(`${a}one.png`); // already gone: no error
    expect(await fs.get(`${a}one.png`)).toBeNull();
    expect(await fs.size(`${a}one.png`)).toBeNull();
    expect(await body(fs, `${a}two.png`)).toBe("second!");
  });

  it("lists, counts and purges by prefix without touching another prefix", async () => {
    const fs = store();
    const mine = `stores/${randomUUID()}/`;
    const theirs = `stores/${randomUUID()}/`;
    await fs.put(`${mine}a.png`, text("aaa"), "image/png");
    await fs.put(`${mine}b.png`, text("bbbbb"), "image/png");
    await fs.put(`${theirs}c.png`, text("c"), "image/png");
    const listed = [];
    for await (const f of fs.list(mine)) listed.push(f);
    expect(listed.sort((x, y) => x.key.localeCompare(y.key))).toEqual([
      { key: `${mine}a.png`, size: 3 },
      { key: `${mine}b.png`, size: 5 },
    ]);
    expect(await usageBytes(fs, mine)).toBe(8);
    expect(await usageBytes(fs, `stores/${randomUUID()}/`)).toBe(0);
    expect(await fs.deletePrefix(mine)).toBe(2);
    expect(await usageBytes(fs, mine)).toBe(0);
    expect(await body(fs, `${theirs}c.png`)).toBe("c");
  });

  it("refuses keys that could leave their folder", async () => {
    const fs = store();
    for (const key of ["../etc/passwd", "stores/../../x", "/abs", "stores//x", "stores/.hidden", ""]) {
      await expect(fs.put(key, text("x"), "text/plain"), key).rejects.toThrow(/invalid storage key/);
      await expect(fs.get(key), key).rejects.toThrow(/invalid storage key/);
    }
    await expect(fs.deletePrefix("stores")).rejects.toThrow(/ends with/);
  });
});
