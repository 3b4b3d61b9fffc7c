import { apiRoute, readBody } from "@/lib/api/http";
import { decideViaApi } from "@/lib/api/join-requests";
import { approveSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/join-requests/{userId}/approve {role} — join_requests:write. */
export const POST = apiRoute<{ slug: string; userId: string }>({ scope: "join_requests:write", store: true }, async (req, ctx) => {
  const body = await readBody(req, approveSchema);
  if (!body.ok) return body.response;
  return decideViaApi(ctx, { decision: "approve", role: body.data.role });
});
