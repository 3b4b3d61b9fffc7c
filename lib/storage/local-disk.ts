import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { FileStore, StoredFile } from "./file-store";
import { checkKey, checkPrefix } from "./keys";
import { contentTypeOf } from "./mime";

const missing = (err: unknown) => (err as NodeJS.ErrnoException).code === "ENOENT";

/**
 * Files under one folder on this machine, a key's segments as folders. The
 * embedded default: nothing to set up, but only the instance that wrote a file
 * can serve it. The type is taken from the generated name's extension.
 */
export class LocalDiskStore implements FileStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private file(key: string): string {
    const p = path.resolve(this.root, ...checkKey(key).split("/"));
    // checkKey already rules out "..": this is the second lock.
    if (!p.startsWith(this.root + path.sep)) throw new Error("storage key escapes the upload folder");
    return p;
  }

  async put(key: string, body: Uint8Array): Promise<void> {
    const to = this.file(key);
    await mkdir(path.dirname(to), { recursive: true });
    // Written aside, then renamed: a reader never sees half a file.
    const tmp = `${to}.${randomUUID()}.tmp`;
    await writeFile(tmp, body, { flag: "wx" });
    await rename(tmp, to);
  }

  async get(key: string): Promise<StoredFile | null> {
    const p = this.file(key);
    try {
      const { size } = await stat(p);
      return { body: Readable.toWeb(createReadStream(p)) as ReadableStream<Uint8Array>, size, type: contentTypeOf(key) };
    } catch (err) {
      if (missing(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }

  async deletePrefix(prefix: string): Promise<number> {
    let n = 0;
    for await (const file of this.list(prefix)) if (file) n++;
    await rm(path.resolve(this.root, ...checkPrefix(prefix).slice(0, -1).split("/")), { recursive: true, force: true });
    return n;
  }

  async copy(from: string, to: string): Promise<boolean> {
    const target = this.file(to);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(this.file(from), target);
      return true;
    } catch (err) {
      if (missing(err)) return false;
      throw err;
    }
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await stat(this.file(key))).size;
    } catch (err) {
      if (missing(err)) return null;
      throw err;
    }
  }

  async *list(prefix: string): AsyncIterable<{ key: string; size: number }> {
    const walk = async function* (dir: string, keyPrefix: string): AsyncGenerator<{ key: string; size: number }> {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (err) {
        if (missing(err)) return; // nothing stored yet
        throw err;
      }
      for (const e of entries) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) yield* walk(p, `${keyPrefix}${e.name}/`);
        else if (e.isFile() && !e.name.endsWith(".tmp")) yield { key: keyPrefix + e.name, size: (await stat(p)).size };
      }
    };
    yield* walk(path.resolve(this.root, ...checkPrefix(prefix).slice(0, -1).split("/")), prefix);
  }
}
