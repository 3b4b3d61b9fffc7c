import "server-only";
import { strFromU8, unzipSync } from "fflate";
import pg from "pg";
import { withTenantClient } from "@/lib/db/tenant";
import { z } from "zod";
import { PLANS, type PlanId } from "@/lib/plans/plans";
import { fileStore } from "@/lib/storage/file-store";
import { storageBytes } from "@/lib/usage/storage";
import { storeFileKey } from "@/lib/storage/keys";
import { contentTypeOf, STORED_NAME } from "@/lib/storage/mime";
import { manifestSchema } from "./export";
import { insertableColumns, insertOrder, tenantTables } from "./tables";

/*
 * Restores an export into an *empty* store: every row gets the target store's
 * tenant_id (so an archive can never write into a store other than the one it
 * is imported into, and row-level security checks each insert), and rows are
 * rebuilt by PostgreSQL from their JSON with jsonb_populate_record, so types
 * and precision round-trip exactly.
 *
 * An archive is untrusted input from a store owner: only the expected entries
 * are inflated, each and all together under a size cap (a zip bomb is refused
 * before it is expanded), the store's own fields are validated like the
 * settings form does, and the plan's product limit applies as it does in the
 * dashboard, and its storage limit to the archive's files. The audit entry is
 * written in the same transaction; the files are written under the target
 * store's prefix before it commits, so a failed import leaves no rows.
 */

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_ENTRY_BYTES = 200 * 1024 * 1024;
const MAX_TOTAL_BYTES = 400 * 1024 * 1024;
const BATCH = 500;
const ENTRY = /^(manifest\.json|tables\/[a-z_]{1,63}\.json|files\/[0-9a-f-]{36}\.(png|jpg|webp|gif))$/;

export type ImportResult = { ok: true; rows: Record<string, number>; files: number } | { ok: false; error: string };
export type ImportActor = { userId: string | null; via: string };

const storeFieldsSchema = z.object({
  // Intl formats any well-formed code ("ZZZ"); only ISO 4217 currencies it knows are accepted.
  currency: z.string().refine((c) => /^[A-Z]{3}$/.test(c) && Intl.supportedValuesOf("currency").includes(c)),
  settings: z.record(z.string(), z.unknown()),
  theme: z
    .object({
      tagline: z.string().max(200).optional(),
      primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
      logoPath: z.string().regex(STORED_NAME).optional(),
    })
    .strip(),
});

/** Inflates only the expected entries, refusing any that claim to be too large; null when it is not a usable zip. */
function unpack(archive: Uint8Array): Record<string, Uint8Array> | "too-large" | null {
  let total = 0;
  let tooLarge = false;
  try {
    const files = unzipSync(archive, {
      filter: (f) => {
        if (!ENTRY.test(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
    return tooLarge ? "too-large" : files;
  } catch {
    return tooLarge ? "too-large" : null;
  }
}

const countRows = async (tx: pg.ClientBase, table: string, storeId: string) =>
  (await tx.query<{ n: number }>(`select count(*)::int as n from ${pg.escapeIdentifier(table)} where tenant_id = $1`, [storeId])).rows[0]?.n ?? 0;

async function storeHasData(pool: pg.Pool, storeId: string): Promise<boolean> {
  return withTenantClient(pool, storeId, "begin read only", async (tx) => {
    for (const t of await tenantTables(tx)) {
      if ((await countRows(tx, t.name, storeId)) > 0) return true;
    }
    return false;
  }, { readOnly: true });
}

const NOT_EMPTY = "Import only works into an empty store: this store already has data.";

export async function importStore(pool: pg.Pool, storeId: string, archive: Uint8Array, actor: ImportActor): Promise<ImportResult> {
  if (archive.length > MAX_IMPORT_BYTES) return { ok: false, error: "The archive is larger than 50 MB." };
  // Checked before anything is inflated, and again inside the transaction.
  if (await storeHasData(pool, storeId)) return { ok: false, error: NOT_EMPTY };
  const files = unpack(archive);
  if (files === "too-large") return { ok: false, error: "The archive expands to more than Plaza accepts for one import." };
  if (!files) return { ok: false, error: "That file is not a zip archive." };
  const manifestFile = files["manifest.json"];
  if (!manifestFile) return { ok: false, error: "The archive has no manifest.json: it is not a Plaza store export." };
  let manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(strFromU8(manifestFile)));
  } catch {
    return { ok: false, error: "The manifest is not a Plaza store export of a version this Plaza can read." };
  }
  const storeFields = storeFieldsSchema.safeParse(manifest.store);
  if (!storeFields.success) return { ok: false, error: "The archive's store settings (currency or theme) are not valid." };

  // `pool` is the control database's; the rows go wherever the store lives (lib/db/placement.ts).
  const result = await withTenantClient(pool, storeId, "begin", async (tx): Promise<ImportResult> => {
    const {
      rows: [store],
    } = await tx.query<{ plan: PlanId; slug: string }>("select plan, slug from stores where id = $1 for update", [storeId]);
    if (!store) return { ok: false as const, error: "Store not found." };
    const known = await tenantTables(tx);
    const knownNames = new Set(known.map((t) => t.name));
    const unknown = manifest.tables.filter((t) => !knownNames.has(t.name));
    if (unknown.length) return { ok: false as const, error: `The archive has tables this Plaza does not import: ${unknown.map((t) => t.name).join(", ")}.` };

    for (const t of known) {
      if ((await countRows(tx, t.name, storeId)) > 0) return { ok: false as const, error: NOT_EMPTY };
    }

    const entries = new Map(manifest.tables.map((t) => [t.name, t]));
    const data = new Map<string, unknown[]>();
    for (const name of insertOrder(known)) {
      const entry = entries.get(name);
      if (!entry) continue;
      const file = files[entry.file];
      if (!file || entry.file !== `tables/${name}.json`) return { ok: false as const, error: `The archive is missing ${entry.file}.` };
      let rows: unknown;
      try {
        rows = JSON.parse(strFromU8(file));
      } catch {
        return { ok: false as const, error: `${entry.file} is not valid JSON.` };
      }
      if (!Array.isArray(rows) || rows.length !== entry.rows) return { ok: false as const, error: `${entry.file} does not match the manifest.` };
      data.set(name, rows);
    }
    const limit = PLANS[store.plan].limits.products;
    const incoming = (data.get("products") ?? []).filter((p) => (p as { status?: string }).status !== "archived").length;
    if (incoming > limit) {
      return { ok: false as const, error: `The archive has ${incoming} products; the ${PLANS[store.plan].name} plan allows ${limit}. Archive some in the source store or upgrade first.` };
    }

    const archived = manifest.files ?? [];
    for (const f of archived) {
      if (files[`files/${f.name}`]?.length !== f.bytes) return { ok: false as const, error: `The archive's file files/${f.name} is missing or does not match the manifest.` };
    }
    const fileBytes = archived.reduce((n, f) => n + f.bytes, 0);
    if (fileBytes > 0 && (await storageBytes(storeId)) + fileBytes > PLANS[store.plan].limits.storageBytes) {
      return { ok: false as const, error: `The archive's files take more storage than the ${PLANS[store.plan].name} plan includes.` };
    }

    const counts: Record<string, number> = {};
    const columns = new Map<string, string>();
    for (const name of data.keys()) columns.set(name, await insertableColumns(tx, name));
    for (const [name, rows] of data) {
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = JSON.stringify(rows.slice(i, i + BATCH));
        const table = pg.escapeIdentifier(name);
        await tx.query(
          `insert into ${table} (${columns.get(name)})
           select ${columns.get(name)} from (select (jsonb_populate_record(null::${table}, r || jsonb_build_object('tenant_id', $1::uuid))).*
           from jsonb_array_elements($2::jsonb) as r) x`,
          [storeId, batch],
        );
      }
      counts[name] = rows.length;
    }
    await tx.query("update stores set currency = $1, settings = $2::jsonb, theme = $3::jsonb, updated_at = now() where id = $4", [
      storeFields.data.currency,
      JSON.stringify(storeFields.data.settings),
      JSON.stringify(storeFields.data.theme),
      storeId,
    ]);
    await tx.query(
      `insert into audit_log (store_id, actor_user_id, action, target_type, target_id, data)
       values ($1, $2, 'store.imported', 'store', $3, $4::jsonb)`,
      [storeId, actor.userId, store.slug, JSON.stringify({ rows: counts, via: actor.via })],
    );
    const written: string[] = [];
    try {
      for (const f of archived) {
        await fileStore().put(storeFileKey(storeId, f.name), files[`files/${f.name}`]!, contentTypeOf(f.name));
        written.push(storeFileKey(storeId, f.name));
      }
    } catch (err) {
      // The rows roll back with the throw; the files already written go too.
      await Promise.allSettled(written.map((key) => fileStore().delete(key)));
      throw err;
    }
    return { ok: true as const, rows: counts, files: archived.length };
  });
  // The store's row in the control database is the registry's: a store on a
  // dedicated database updated only its copy there above, so the settings are
  // written here too (the same values; for a pool store, the same row again).
  if (result.ok) {
    await pool.query("update stores set currency = $1, settings = $2::jsonb, theme = $3::jsonb, updated_at = now() where id = $4", [
      storeFields.data.currency,
      JSON.stringify(storeFields.data.settings),
      JSON.stringify(storeFields.data.theme),
      storeId,
    ]);
  }
  return result;
}
