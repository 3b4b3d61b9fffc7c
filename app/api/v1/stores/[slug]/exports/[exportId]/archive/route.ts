import { apiError } from "@/lib/api/http";
import { checkLink, getExport, storeIdForDownload } from "@/lib/api/exports";
import { consumeApiRequest, rateLimitHeaders } from "@/lib/api/rate-limit";
import { db } from "@/lib/db/client";
import { reportError } from "@/lib/errors/report";
import { fileStore } from "@/lib/storage/file-store";
import { exportFileKey } from "@/lib/storage/keys";
import { SLUG_PATTERN } from "@/lib/tenancy/slug";

export const dynamic = "force-dynamic";

/*
 * GET /api/v1/stores/{slug}/exports/{exportId}/archive?expires=…&signature=…
 * The download link an export's poll hands out: no API key (it can be given
 * to a tool that has none), the signature instead (lib/api/exports.ts),
 * valid until `expires`. A link for another store or export, or a changed
 * expiry, is a 404; an old one a 410. Counted against the rate budget of the
 * key that asked for the export.
 */
type Params = { slug: string; exportId: string };

export const GET = async (req: Request, route: { params: Promise<Params> }): Promise<Response> => {
  try {
    const { slug, exportId } = await route.params;
    const noLink = () => apiError(404, "not_found", "This download link is not valid.");
    if (!SLUG_PATTERN.test(slug)) return apiError(404, "store_not_found", "No such store.");
    const storeId = await storeIdForDownload(db(), slug);
    if (!storeId) return apiError(404, "store_not_found", "No such store.");
    const row = await getExport(db(), storeId, exportId);
    if (!row) return noLink();
    const check = checkLink(storeId, row.id, new URL(req.url).searchParams);
    if (check === "invalid") return noLink();
    const lapsed = () => apiError(410, "link_expired", "This download link has expired: poll the export for a new one (archives are kept 24 hours).");
    if (check === "expired" || row.status !== "succeeded" || !row.expiresAt || row.expiresAt <= new Date()) return lapsed();
    const decision = row.apiKeyId ? await consumeApiRequest({ platformKeyId: row.apiKeyId }) : null;
    if (decision && !decision.allowed) {
      return apiError(429, "rate_limited", `Too many requests: ${decision.limit} a minute. Retry after ${decision.retryAfterSeconds} s.`, { headers: rateLimitHeaders(decision) });
    }
    const file = await fileStore().get(exportFileKey(storeId, row.id));
    if (!file) return lapsed();
    return new Response(file.body, {
      headers: {
        "content-type": "application/zip",
        "content-length": String(file.size),
        "content-disposition": `attachment; filename="${slug}-export-${row.id.slice(0, 8)}.zip"`,
        "cache-control": "no-store",
        ...(decision ? rateLimitHeaders(decision) : {}),
      },
    });
  } catch (err) {
    const r = reportError(`api GET ${new URL(req.url).pathname}`, err);
    return apiError(500, "internal_error", `Something went wrong on our side. Try again later. (Reference ${r.reference})`, { headers: { "x-request-id": r.reference } });
  }
};
