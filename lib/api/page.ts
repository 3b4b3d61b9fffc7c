import "server-only";
import { decodeCursor, encodeCursor } from "@/lib/db/keyset";
import { apiError, validationError } from "./http";
import { pageQuery } from "./schemas";

/*
 * The keyset page every (created_at, id) list of /api/v1 takes: `limit`
 * (1–100, 25 by default) and `after`, the previous page's `next` — an opaque
 * cursor that is validated before any query, so a tampered one is a 400.
 */
export function readPage(req: Request): { ok: true; limit: number; after?: { createdAt: string; id: string } } | { ok: false; response: Response } {
  const parsed = pageQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return { ok: false, response: validationError(parsed.error) };
  const cursor = decodeCursor(parsed.data.after);
  if (cursor === "invalid") return { ok: false, response: apiError(400, "validation_failed", "The `after` cursor is not valid.") };
  return { ok: true, limit: parsed.data.limit, after: cursor ? { createdAt: cursor.t, id: cursor.id } : undefined };
}

/** The `next` of a page: the cursor of its last row, or null on the last page. */
export const nextCursor = (next: { createdAt: string; id: string } | null) => (next ? encodeCursor({ t: next.createdAt, id: next.id }) : null);
