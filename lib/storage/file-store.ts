import "server-only";
import { env } from "@/lib/env";
import { LocalDiskStore } from "./local-disk";
import { S3Store } from "./s3";

/**
 * Where Plaza keeps uploaded files. Two drivers with one contract: the local
 * disk (UPLOAD_DIR, the embedded default, one machine only) and any
 * S3-compatible object store (STORAGE_DRIVER=s3), which every instance shares.
 * Keys come from ./keys.ts; a missing file is `null`, never an exception.
 */
export interface FileStore {
  /** Stores `body` under `key`, replacing what was there. */
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** The file as a stream, with its size and type; null when there is none. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes one file; nothing happens when it is already gone. */
  delete(key: string): Promise<void>;
  /** Removes every file under `prefix` (a store's purge); returns how many went. */
  deletePrefix(prefix: string): Promise<number>;
  /** Copies a file inside the store; false when the source is missing. */
  copy(from: string, to: string): Promise<boolean>;
  /** Bytes of one file, or null when there is none. */
  size(key: string): Promise<number | null>;
  /** Every file under `prefix`, with its size (export, usage). */
  list(prefix: string): AsyncIterable<{ key: string; size: number }>;
}

export type StoredFile = { body: ReadableStream<Uint8Array>; size: number; type: string };

/** Bytes of every file under `prefix`: a store's storage usage. */
export async function usageBytes(store: FileStore, prefix: string): Promise<number> {
  let total = 0;
  for await (const f of store.list(prefix)) total += f.size;
  return total;
}

/** A file's whole content, for the few places (export) that need bytes rather than a stream. */
export async function readAll(store: FileStore, key: string): Promise<Uint8Array | null> {
  const file = await store.get(key);
  return file ? new Uint8Array(await new Response(file.body).arrayBuffer()) : null;
}

const g = globalThis as unknown as { plazaFileStore?: { config: string; store: FileStore } };

/** The configured file store, made once per process (per configuration, so tests can switch). */
export function fileStore(): FileStore {
  const e = env();
  const s3 = e.STORAGE_DRIVER === "s3";
  const config = JSON.stringify(s3 ? [e.S3_BUCKET, e.S3_ENDPOINT, e.S3_REGION, e.S3_FORCE_PATH_STYLE, e.S3_ACCESS_KEY_ID] : [e.UPLOAD_DIR]);
  if (g.plazaFileStore?.config !== config) {
    const store: FileStore = s3
      ? new S3Store({
          bucket: e.S3_BUCKET!,
          endpoint: e.S3_ENDPOINT,
          region: e.S3_REGION,
          forcePathStyle: e.S3_FORCE_PATH_STYLE,
          credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : undefined,
        })
      : new LocalDiskStore(e.UPLOAD_DIR);
    g.plazaFileStore = { config, store };
  }
  return g.plazaFileStore.store;
}
