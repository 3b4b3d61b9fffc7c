import { apiRoute, readBody } from "@/lib/api/http";
import { decideViaApi } from "@/lib/api/join-requests";
import { reasonSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/join-requests/{userId}/reject {reason} — join_requests:write. The reason reaches the applicant. */
export const POST = apiRoute<{ slug: string; userId: string }>({ scope: "join_requests:write", store: true }, async (req, ctx) => {
  const body = await readBody(req, reasonSchema);
  if (!body.ok) return body.response;
  return decideViaApi(ctx, { decision: "reject", reason: body.data.reason });
});
