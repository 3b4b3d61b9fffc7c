import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/log";
import type { Database } from "@/lib/db/connect";
import { storeExports, stores } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { env } from "@/lib/env";
import { sendJob } from "@/lib/jobs/send";
import { TASKS } from "@/lib/jobs/queues";
import { fileStore } from "@/lib/storage/file-store";
import { exportFileKey } from "@/lib/storage/keys";
import { exportStore } from "@/lib/stores/transfer/export";
import { tenantTables } from "@/lib/stores/transfer/tables";
import type { exportSchema } from "./schemas";

/*
 * Store exports over the API as asynchronous jobs (docs/decisions/0024). A
 * request writes a `store_exports` row (a tenant table: RLS) and queues a
 * pg-boss job; the worker claims the row, builds the archive with the
 * dashboard's own exporter (lib/stores/transfer/export.ts, the tables asked
 * for plus what they depend on) and keeps it in the file store under
 * `exports/{storeId}/`, outside the store's own files (it neither counts as
 * the store's storage nor lands in the next export). The poll answer carries
 * a download link signed with AUTH_SECRET that lapses after an hour, never
 * after the archive itself (kept ARCHIVE_HOURS, then swept).
 */

export const ARCHIVE_HOURS = 24;
export const LINK_SECONDS = 3600;
/** A running claim older than this is taken as a dead worker's: the job's retry takes it over. */
const STALE_RUN_MINUTES = 30;

export type ExportRow = typeof storeExports.$inferSelect;
type Store = { id: string; slug: string };

/** The tables an export may name: the ones the exporter writes. */
export async function exportableTables(database: Database): Promise<string[]> {
  return (await tenantTables(database.$client)).map((t) => t.name).sort();
}

/** Records the request (audited) and queues the job; the row as it stands. */
export async function requestExport(
  database: Database,
  store: Store,
  choice: { tables: string[] | null; files: boolean },
  who: { userId: string | null; apiKeyId: string },
): Promise<ExportRow> {
  const row = await withTenant(database, store.id, async (tx) => {
    const [created] = await tx
      .insert(storeExports)
      .values({ tenantId: store.id, tables: choice.tables, requestedBy: who.userId, apiKeyId: who.apiKeyId, manifest: { files: choice.files } })
      .returning();
    await recordAudit(tx, { storeId: store.id, actorUserId: who.userId, action: "store.export_requested", targetType: "store", targetId: store.slug, data: { exportId: created!.id, tables: choice.tables, files: choice.files, via: "api" } });
    return created!;
  });
  try {
    await sendJob("export-store", { storeId: store.id, exportId: row.id });
  } catch (err) {
    // Without a job the row would wait forever: it fails now, and the client may ask again.
    await settle(database, store.id, row.id, { status: "failed", error: "The job queue is unavailable; ask for the export again.", finishedAt: new Date() });
    throw err;
  }
  return row;
}

/** The store's last exports, newest first (the poll list). */
export async function listExports(database: Database, storeId: string, limit = 20): Promise<ExportRow[]> {
  return withTenant(database, storeId, (tx) => tx.select().from(storeExports).where(eq(storeExports.tenantId, storeId)).orderBy(desc(storeExports.createdAt)).limit(limit));
}

/** The store a download link names, whatever its status (the link, not the store's state, decides). */
export async function storeIdForDownload(database: Database, slug: string): Promise<string | null> {
  const [store] = await database.select({ id: stores.id }).from(stores).where(eq(stores.slug, slug)).limit(1);
  return store?.id ?? null;
}

export async function getExport(database: Database, storeId: string, exportId: string): Promise<ExportRow | null> {
  if (!z.uuid().safeParse(exportId).success) return null;
  return withTenant(database, storeId, async (tx) => (await tx.select().from(storeExports).where(and(eq(storeExports.tenantId, storeId), eq(storeExports.id, exportId))))[0] ?? null);
}

async function settle(database: Database, storeId: string, exportId: string, values: Partial<ExportRow>) {
  await withTenant(database, storeId, (tx) => tx.update(storeExports).set(values).where(and(eq(storeExports.tenantId, storeId), eq(storeExports.id, exportId))));
}

const jobData = z.object({ storeId: z.uuid(), exportId: z.uuid() });

/**
 * The worker's side: claims the row (pending, or a dead worker's run), writes
 * the archive, records what it holds. A throw leaves the row pending for
 * pg-boss's retry; the last attempt marks it failed.
 */
export async function runStoreExport(database: Database, data: unknown): Promise<string> {
  const job = jobData.parse(data);
  const claimed = await withTenant(database, job.storeId, async (tx) => {
    const [row] = await tx
      .update(storeExports)
      .set({ status: "running", startedAt: new Date(), attempts: sql`${storeExports.attempts} + 1` })
      .where(
        and(
          eq(storeExports.tenantId, job.storeId),
          eq(storeExports.id, job.exportId),
          or(eq(storeExports.status, "pending"), and(eq(storeExports.status, "running"), lt(storeExports.startedAt, new Date(Date.now() - STALE_RUN_MINUTES * 60_000)))),
        ),
      )
      .returning();
    return row ?? null;
  });
  if (!claimed) return `export ${job.exportId}: nothing to do`;
  const files = (claimed.manifest as { files?: boolean } | null)?.files !== false;
  try {
    const chunks: Uint8Array[] = [];
    const manifest = await exportStore(database.$client, job.storeId, (c) => chunks.push(c), () => {}, { tables: claimed.tables, files });
    const archive = Buffer.concat(chunks);
    await fileStore().put(exportFileKey(job.storeId, claimed.id), archive, "application/zip");
    const now = new Date();
    await settle(database, job.storeId, claimed.id, {
      status: "succeeded",
      manifest: { files, tables: manifest.tables.map((t) => ({ name: t.name, rows: t.rows })), fileCount: manifest.files?.length ?? 0 },
      bytes: archive.length,
      finishedAt: now,
      expiresAt: new Date(now.getTime() + ARCHIVE_HOURS * 3600_000),
      error: null,
    });
    return `export ${claimed.id}: ${archive.length} bytes`;
  } catch (err) {
    const last = claimed.attempts >= (TASKS["export-store"].retryLimit ?? 0) + 1;
    await settle(database, job.storeId, claimed.id, last ? { status: "failed", error: "The export could not be written. Ask for it again.", finishedAt: new Date() } : { status: "pending" });
    throw err;
  }
}

function signature(storeId: string, exportId: string, expires: number): string {
  // A key of its own derived from AUTH_SECRET: a link's signature is never a session's.
  const key = createHmac("sha256", env().AUTH_SECRET).update("plaza export download link").digest();
  return createHmac("sha256", key).update(`${storeId}.${exportId}.${expires}`).digest("base64url");
}

/** The signed download link of a finished export, valid for LINK_SECONDS and never past the archive's own expiry. */
export function downloadLink(slug: string, row: ExportRow, now = new Date()): { url: string; expiresAt: string } | null {
  if (row.status !== "succeeded" || !row.expiresAt || row.expiresAt <= now) return null;
  const expires = Math.floor(Math.min(now.getTime() + LINK_SECONDS * 1000, row.expiresAt.getTime()) / 1000);
  const query = new URLSearchParams({ expires: String(expires), signature: signature(row.tenantId, row.id, expires) });
  return { url: `/api/v1/stores/${slug}/exports/${row.id}/archive?${query}`, expiresAt: new Date(expires * 1000).toISOString() };
}

/** Whether a link's query is this export's signature, and whether it is still valid. */
export function checkLink(storeId: string, exportId: string, query: URLSearchParams, now = new Date()): "ok" | "expired" | "invalid" {
  const expires = Number(query.get("expires"));
  const given = Buffer.from(query.get("signature") ?? "");
  if (!Number.isSafeInteger(expires)) return "invalid";
  const wanted = Buffer.from(signature(storeId, exportId, expires));
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return "invalid";
  return expires * 1000 <= now.getTime() ? "expired" : "ok";
}

type Manifest = { files?: boolean; tables?: Array<{ name: string; rows: number }>; fileCount?: number } | null;

export function exportJson(slug: string, row: ExportRow, now = new Date()): z.infer<typeof exportSchema> {
  const m = row.manifest as Manifest;
  return {
    id: row.id,
    status: row.status,
    requestedTables: row.tables ?? null,
    files: m?.files !== false,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    error: row.error,
    bytes: row.bytes,
    tables: m?.tables ?? null,
    fileCount: m?.fileCount ?? null,
    download: downloadLink(slug, row, now),
  };
}

/** The jobs pass's clean-up: archives past their hours go, with their rows; failed requests after the same time. */
export async function sweepExports(database: Database, storeId: string, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - ARCHIVE_HOURS * 3600_000);
  const gone = await withTenant(database, storeId, (tx) =>
    tx
      .delete(storeExports)
      .where(and(eq(storeExports.tenantId, storeId), or(lt(storeExports.expiresAt, now), and(eq(storeExports.status, "failed"), lt(storeExports.createdAt, before)))))
      .returning({ id: storeExports.id }),
  );
  for (const g of gone) await fileStore().delete(exportFileKey(storeId, g.id));
  return gone.length;
}
