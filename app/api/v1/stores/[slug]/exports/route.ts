import { apiError, apiRoute, readBody } from "@/lib/api/http";
import { exportableTables, exportJson, listExports, requestExport } from "@/lib/api/exports";
import { exportCreateSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/*
 * Store exports as asynchronous jobs (lib/api/exports.ts, decision 0024).
 * Platform keys with stores:write only: the archive holds every customer and
 * order of the store. A suspended store may be exported (its dashboard may too).
 */

/** GET /api/v1/stores/{slug}/exports — the last exports and the tables one may ask for. */
export const GET = apiRoute<{ slug: string }>({ scope: "stores:write", store: true }, async (_req, { store }) => {
  const rows = await listExports(db(), store!.id);
  return Response.json({ data: rows.map((r) => exportJson(store!.slug, r)), tables: await exportableTables(db()) });
});

/** POST /api/v1/stores/{slug}/exports {tables?, files?} — 202: queued; poll GET …/exports/{id}. */
export const POST = apiRoute<{ slug: string }>({ scope: "stores:write", store: true }, async (req, { store, key }) => {
  const body = await readBody(req, exportCreateSchema);
  if (!body.ok) return body.response;
  const known = await exportableTables(db());
  const unknown = (body.data.tables ?? []).filter((t) => !known.includes(t));
  if (unknown.length) {
    return apiError(400, "validation_failed", `Not a table an export can hold: ${unknown.join(", ")}.`, { details: unknown.map((t) => ({ path: "tables", message: `Unknown table ${t}` })) });
  }
  const row = await requestExport(db(), store!, { tables: body.data.tables ? [...new Set(body.data.tables)].sort() : null, files: body.data.files }, { userId: key.createdBy, apiKeyId: key.id });
  return Response.json(exportJson(store!.slug, row), { status: 202 });
});
