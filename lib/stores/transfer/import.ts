import { strFromU8, unzipSync } from "fflate";
import type { Sql } from "postgres";
import { manifestSchema } from "./export";
import { insertOrder, tenantTables } from "./tables";

/*
 * Restores an export into an *empty* store: every row gets the target store's
 * tenant_id (so an archive can never write into a store other than the one it
 * is imported into, and row-level security checks each insert), and rows are
 * rebuilt by PostgreSQL from their JSON with jsonb_populate_record, so types
 * and precision round-trip exactly.
 */

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const BATCH = 500;

export type ImportResult = { ok: true; rows: Record<string, number> } | { ok: false; error: string };

export async function importStore(sql: Sql, storeId: string, archive: Uint8Array): Promise<ImportResult> {
  if (archive.length > MAX_IMPORT_BYTES) return { ok: false, error: "The archive is larger than 50 MB." };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(archive);
  } catch {
    return { ok: false, error: "That file is not a zip archive." };
  }
  const manifestFile = files["manifest.json"];
  if (!manifestFile) return { ok: false, error: "The archive has no manifest.json: it is not a Plaza store export." };
  let manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(strFromU8(manifestFile)));
  } catch {
    return { ok: false, error: "The manifest is not a Plaza store export of a version this Plaza can read." };
  }

  return sql.begin(async (tx) => {
    await tx`select set_config('app.tenant_id', ${storeId}, true)`;
    const known = await tenantTables(tx);
    const knownNames = new Set(known.map((t) => t.name));
    const unknown = manifest.tables.filter((t) => !knownNames.has(t.name));
    if (unknown.length) return { ok: false as const, error: `The archive has tables this Plaza does not know: ${unknown.map((t) => t.name).join(", ")}.` };

    for (const t of known) {
      const [row] = await tx<{ n: number }[]>`select count(*)::int as n from ${tx(t.name)} where tenant_id = ${storeId}`;
      if ((row?.n ?? 0) > 0) return { ok: false as const, error: "Import only works into an empty store: this store already has data." };
    }

    const rows: Record<string, number> = {};
    const entries = new Map(manifest.tables.map((t) => [t.name, t]));
    for (const name of insertOrder(known)) {
      const entry = entries.get(name);
      if (!entry) continue;
      const file = files[entry.file];
      if (!file) return { ok: false as const, error: `The archive is missing ${entry.file}.` };
      let data: unknown;
      try {
        data = JSON.parse(strFromU8(file));
      } catch {
        return { ok: false as const, error: `${entry.file} is not valid JSON.` };
      }
      if (!Array.isArray(data) || data.length !== entry.rows) return { ok: false as const, error: `${entry.file} does not match the manifest.` };
      for (let i = 0; i < data.length; i += BATCH) {
        const batch = JSON.stringify(data.slice(i, i + BATCH));
        await tx`
          insert into ${tx(name)}
          select (jsonb_populate_record(null::${tx(name)}, r || jsonb_build_object('tenant_id', ${storeId}::uuid))).*
          from jsonb_array_elements(${batch}::jsonb) as r`;
      }
      rows[name] = data.length;
    }
    await tx`
      update stores set currency = ${manifest.store.currency}, settings = ${JSON.stringify(manifest.store.settings)}::jsonb,
        theme = ${JSON.stringify(manifest.store.theme)}::jsonb, updated_at = now()
      where id = ${storeId}`;
    return { ok: true as const, rows };
  }) as Promise<ImportResult>;
}
