import "server-only";
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from "fflate";
import pg from "pg";
import Cursor from "pg-cursor";
import { withTenantClient } from "@/lib/db/tenant";
import { z } from "zod";
import { fileStore, readAll } from "@/lib/storage/file-store";
import { storePrefix } from "@/lib/storage/keys";
import { STORED_NAME } from "@/lib/storage/mime";
import { insertOrder, tenantTables, TRANSFER_ROW_FILTER, withDependencies } from "./tables";

/*
 * A store's data as a zip of JSON, one file per tenant table plus a manifest.
 * Rows leave PostgreSQL as to_jsonb(row): timestamps keep their microseconds
 * and numbers their exact value, so an import reproduces them exactly. Read in
 * one tenant transaction (row-level security on, a consistent snapshot) and
 * streamed in batches, so a large store never sits in memory whole. The
 * store's files (images) follow as files/{name}, read from whichever file
 * store is configured, one at a time.
 */

export const EXPORT_FORMAT = "plaza-store-export";
export const EXPORT_VERSION = 1;
const BATCH = 500;

export const manifestSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  store: z.object({
    slug: z.string(),
    name: z.string(),
    currency: z.string(),
    settings: z.record(z.string(), z.unknown()),
    theme: z.record(z.string(), z.unknown()),
  }),
  tables: z.array(z.object({ name: z.string(), file: z.string(), rows: z.number().int().min(0) })),
  // Absent in archives made before files were exported: they import without images.
  files: z.array(z.object({ name: z.string().regex(STORED_NAME), bytes: z.number().int().min(0) })).optional(),
});
export type ExportManifest = z.infer<typeof manifestSchema>;

export type ExportProgress = { table: string; rows: number };

/** What to put in the archive: some tables (with the tables they depend on, so it imports), with or without the files. Everything by default. */
export type ExportChoice = { tables?: readonly string[] | null; files?: boolean };

/**
 * Writes the archive to `write` chunk by chunk (Uint8Array), calling
 * `onProgress` after each batch. Resolves with the manifest when done.
 */
export async function exportStore(
  pool: pg.Pool,
  storeId: string,
  write: (chunk: Uint8Array) => void,
  onProgress: (p: ExportProgress) => void = () => {},
  choice: ExportChoice = {},
): Promise<ExportManifest> {
  // Wherever the store lives (lib/db/placement.ts); `pool` is the control database's.
  return withTenantClient(pool, storeId, "begin isolation level repeatable read read only", async (tx) => {
    const {
      rows: [store],
    } = await tx.query<ExportManifest["store"]>("select slug, name, currency, settings, theme from stores where id = $1", [storeId]);
    if (!store) throw new Error("store not found");

    let failure: Error | null = null;
    const zip = new Zip((err, data) => {
      if (err) failure = err;
      else write(data);
    });
    const tables: ExportManifest["tables"] = [];
    const known = await tenantTables(tx);
    const chosen = choice.tables ? withDependencies(known, choice.tables) : null;
    for (const name of insertOrder(known)) {
      if (chosen && !chosen.has(name)) continue;
      const file = new ZipDeflate(`tables/${name}.json`, { level: 6 });
      zip.add(file);
      file.push(strToU8("[\n"));
      let rows = 0;
      // Primary-key order makes the archive deterministic for the same data.
      const only = TRANSFER_ROW_FILTER[name];
      // `only` is one of our own constants (TRANSFER_ROW_FILTER), never input.
      const cursor = tx.query(
        new Cursor<{ row: string }>(
          `select to_jsonb(t)::text as row from ${pg.escapeIdentifier(name)} t where t.tenant_id = $1 ${only ? `and ${only}` : ""} order by t`,
          [storeId],
        ),
      );
      try {
        for (let batch = await cursor.read(BATCH); batch.length > 0; batch = await cursor.read(BATCH)) {
          file.push(strToU8((rows === 0 ? "" : ",\n") + batch.map((b) => b.row).join(",\n")));
          rows += batch.length;
          onProgress({ table: name, rows });
        }
      } finally {
        await cursor.close();
      }
      file.push(strToU8("\n]\n"), true);
      tables.push({ name, file: `tables/${name}.json`, rows });
    }
    const files: NonNullable<ExportManifest["files"]> = [];
    const prefix = storePrefix(storeId);
    for await (const f of choice.files === false ? [] : fileStore().list(prefix)) {
      const name = f.key.slice(prefix.length);
      if (!STORED_NAME.test(name)) continue; // only the files Plaza named itself
      const bytes = await readAll(fileStore(), f.key);
      if (!bytes) continue; // deleted meanwhile
      // Images are compressed already: stored as they are.
      const entry = new ZipPassThrough(`files/${name}`);
      zip.add(entry);
      entry.push(bytes, true);
      files.push({ name, bytes: bytes.length });
    }
    const manifest: ExportManifest = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      store,
      tables,
      files,
    };
    const m = new ZipDeflate("manifest.json", { level: 6 });
    zip.add(m);
    m.push(strToU8(JSON.stringify(manifest, null, 2)), true);
    zip.end();
    if (failure) throw failure;
    return manifest;
  }, { readOnly: true });
}

/** The whole archive in memory: for tests and small stores. */
export async function exportStoreToBuffer(pool: pg.Pool, storeId: string, choice: ExportChoice = {}): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await exportStore(pool, storeId, (c) => chunks.push(c), () => {}, choice);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
