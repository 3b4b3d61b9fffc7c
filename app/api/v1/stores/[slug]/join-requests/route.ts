import { apiRoute } from "@/lib/api/http";
import { db } from "@/lib/db/client";
import { listMemberships } from "@/lib/stores/members";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/join-requests — pending requests; a store key with join_requests:read. */
export const GET = apiRoute<{ slug: string }>({ scope: "join_requests:read", store: true }, async (_req, { store }) => {
  const pending = await listMemberships(db(), store!.id, "pending");
  return Response.json({
    data: pending.map((m) => ({ userId: m.userId, name: m.name, email: m.email, note: m.note, requestedAt: m.createdAt.toISOString() })),
  });
});
