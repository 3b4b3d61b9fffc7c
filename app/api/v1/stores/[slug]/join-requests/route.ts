import { apiRoute } from "@/lib/api/http";
import { nextCursor, readPage } from "@/lib/api/page";
import { db } from "@/lib/db/client";
import { pageMemberships } from "@/lib/stores/members";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/join-requests — pending requests, oldest first, in keyset pages; a store key with join_requests:read. */
export const GET = apiRoute<{ slug: string }>({ scope: "join_requests:read", store: true }, async (req, { store }) => {
  const page = readPage(req);
  if (!page.ok) return page.response;
  const { members: pending, next } = await pageMemberships(db(), store!.id, "pending", page);
  return Response.json({
    data: pending.map((m) => ({ userId: m.userId, name: m.name, email: m.email, note: m.note, requestedAt: m.createdAt.toISOString() })),
    next: nextCursor(next),
  });
});
