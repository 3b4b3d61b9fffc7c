import { apiError, apiRoute } from "@/lib/api/http";
import { readCappedBytes } from "@/lib/api/body";
import { db } from "@/lib/db/client";
import { importStore, MAX_IMPORT_BYTES } from "@/lib/stores/transfer/import";
import { invalidateStore } from "@/lib/tenancy/lookup";

export const dynamic = "force-dynamic";

/*
 * POST /api/v1/stores/{slug}/import (application/zip) — a platform key with
 * stores:write restores an export into an empty, active store: the dashboard's
 * importer (lib/stores/transfer/import.ts) with all its checks, audited with
 * the key's creator in the import's own transaction.
 */
export const POST = apiRoute<{ slug: string }>({ scope: "stores:write", store: true, maxBodyBytes: MAX_IMPORT_BYTES, activeStoreOnly: true }, async (req, { store, key }) => {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/zip") return apiError(400, "validation_failed", "Send the archive as the body with `Content-Type: application/zip`.");
  const archive = await readCappedBytes(req, MAX_IMPORT_BYTES);
  if (archive === null) return apiError(413, "payload_too_large", `The archive is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  if (archive.length === 0) return apiError(400, "validation_failed", "The body is empty: send the zip archive.");
  const result = await importStore(db().$client, store!.id, archive, { userId: key.createdBy, via: "api" });
  if (!result.ok) {
    if (/empty store/.test(result.error)) return apiError(409, "invalid_state", result.error);
    if (/plan (allows|includes)/.test(result.error)) return apiError(409, "limit_reached", result.error);
    return apiError(400, "validation_failed", result.error);
  }
  invalidateStore(store!.slug);
  return Response.json({ ok: true, rows: result.rows, files: result.files });
});
