import { z } from "zod";
import { apiError, apiRoute } from "@/lib/api/http";
import { invitationAnswer, keyActor } from "@/lib/api/invitations";
import { db } from "@/lib/db/client";
import { resendInvite } from "@/lib/stores/invites";

export const dynamic = "force-dynamic";

/** POST /api/v1/stores/{slug}/invitations/{inviteId}/resend — members:write; a new link and expiry, mailed again (the old link dies). */
export const POST = apiRoute<{ slug: string; inviteId: string }>({ scope: "members:write", store: true }, async (_req, ctx) => {
  if (!z.uuid().safeParse(ctx.params.inviteId).success) return apiError(404, "not_found", "No open invitation with this id in this store.");
  const actor = await keyActor(ctx);
  if (!actor) return apiError(401, "unauthorized", "This key has no member behind it: create a new key.");
  return invitationAnswer(await resendInvite(db(), actor, ctx.store!.id, ctx.params.inviteId));
});
