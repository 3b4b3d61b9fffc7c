import "server-only";
import pg from "pg";
import { db } from "@/lib/db/client";
import { withTenantClient } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/audit/log";
import { invalidateStore } from "@/lib/tenancy/lookup";
import { requestStoreSlug } from "@/lib/tenancy/request-store";
import { authorizeStore, dashboardAccess, dashboardAccessForWrite } from "@/lib/access/store";
import { exportStore } from "./export";
import { importStore, MAX_IMPORT_BYTES } from "./import";
import { tenantTables } from "./tables";

/*
 * The HTTP side of export and import, for the dashboard's route handlers.
 * Route handlers do not pass through the action wrapper or the dashboard
 * layout, so each request re-checks here: the store is the one the proxy
 * routed the host to, the user is its approved member (read from the
 * database), and the role may change settings (owners only).
 */

type Owner = { store: { id: string; slug: string; name: string }; userId: string };

export async function transferAccess(slug: string, intent: "read" | "write"): Promise<Owner | null> {
  // The path segment must be the host's store: /d/<other> on this host is refused.
  if ((await requestStoreSlug()) !== slug) return null;
  // An import writes: decided from the database, never from the dashboard's lookup cache.
  const access = await (intent === "write" ? dashboardAccessForWrite(slug) : dashboardAccess(slug));
  // A suspended store's dashboard is read-only: it may export, not import.
  const decision = authorizeStore(access, { permission: "settings:write", write: intent === "write" });
  if (!decision.ok) return null;
  return { store: decision.member.store, userId: decision.member.user.id };
}

/** The request body, read up to `max` bytes; null when it is longer (whatever Content-Length claimed). */
async function readCapped(req: Request, max: number): Promise<Uint8Array | null> {
  if (!req.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function sameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  const host = req.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const notFound = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });

/** Rows per table now, so the browser can show what it is receiving (the archive itself is compressed). */
async function rowTotals(storeId: string): Promise<{ rows: number; tables: number }> {
  return withTenantClient(db().$client, storeId, "begin read only", async (tx) => {
    const tables = await tenantTables(tx);
    let rows = 0;
    for (const t of tables) {
      const { rows: [r] } = await tx.query<{ n: number }>(`select count(*)::int as n from ${pg.escapeIdentifier(t.name)} where tenant_id = $1`, [storeId]);
      rows += r?.n ?? 0;
    }
    return { rows, tables: tables.length };
  }, { readOnly: true });
}

/**
 * Streams the store's export as a zip. Note: exportStore pushes batches as it
 * reads them (no backpressure), so a very slow client can make the server
 * buffer; the cursor still keeps PostgreSQL from materialising it all.
 */
export async function exportDownload(slug: string): Promise<Response> {
  const owner = await transferAccess(slug, "read");
  if (!owner) return notFound();
  const { store, userId } = owner;
  const totals = await rowTotals(store.id);
  await recordAudit(db(), { storeId: store.id, actorUserId: userId, action: "store.exported", targetType: "store", targetId: store.slug, data: totals });

  const pool = db().$client;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      exportStore(pool, store.id, (chunk) => controller.enqueue(chunk)).then(
        () => controller.close(),
        (err: unknown) => {
          console.error("store export failed", err);
          controller.error(err);
        },
      );
    },
  });
  const filename = `${store.slug}-export-${new Date().toISOString().slice(0, 10)}.zip`;
  return new Response(body, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
      "x-plaza-export-rows": String(totals.rows),
      "x-plaza-export-tables": String(totals.tables),
    },
  });
}

export type ImportResponse = { ok: true; rows: Record<string, number> } | { ok: false; error: string };

const json = (body: ImportResponse, status: number) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * Imports an uploaded zip (the request body) into the host's store. A route
 * handler has no server-action origin check, so a cross-origin post is
 * refused here (the session cookie is SameSite=Lax as well).
 */
export async function importUpload(slug: string, req: Request): Promise<Response> {
  if (!sameOrigin(req)) return json({ ok: false, error: "Cross-origin requests are refused." }, 403);
  const owner = await transferAccess(slug, "write");
  if (!owner) return json({ ok: false, error: "Only the owners of an active store can import data." }, 403);
  const archive = await readCapped(req, MAX_IMPORT_BYTES);
  if (!archive) return json({ ok: false, error: "The archive is larger than 50 MB." }, 413);
  if (archive.length === 0) return json({ ok: false, error: "Choose a zip file to import." }, 400);
  // The audit entry is written inside the import's own transaction.
  const result = await importStore(db().$client, owner.store.id, archive, { userId: owner.userId, via: "dashboard" });
  if (!result.ok) return json(result, 422);
  // Currency and theme came from the archive: drop the cached store.
  invalidateStore(owner.store.slug);
  return json(result, 200);
}
