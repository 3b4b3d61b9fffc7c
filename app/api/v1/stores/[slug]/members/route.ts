import { apiRoute } from "@/lib/api/http";
import { nextCursor, readPage } from "@/lib/api/page";
import { db } from "@/lib/db/client";
import { pageMemberships } from "@/lib/stores/members";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/members — members:read; approved members, oldest first, in keyset pages. */
export const GET = apiRoute<{ slug: string }>({ scope: "members:read", store: true }, async (req, { store }) => {
  const page = readPage(req);
  if (!page.ok) return page.response;
  const { members, next } = await pageMemberships(db(), store!.id, "approved", page);
  return Response.json({
    data: members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role, joinedAt: (m.decidedAt ?? m.createdAt).toISOString() })),
    next: nextCursor(next),
  });
});
