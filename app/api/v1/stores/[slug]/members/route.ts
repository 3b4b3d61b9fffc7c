import { apiRoute } from "@/lib/api/http";
import { db } from "@/lib/db/client";
import { listMemberships } from "@/lib/stores/members";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/members — members:read; approved members, oldest first (bounded by the plan's member limit). */
export const GET = apiRoute<{ slug: string }>({ scope: "members:read", store: true }, async (_req, { store }) => {
  const members = await listMemberships(db(), store!.id, "approved");
  return Response.json({
    data: members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role, joinedAt: (m.decidedAt ?? m.createdAt).toISOString() })),
  });
});
