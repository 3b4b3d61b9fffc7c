import { z } from "zod";
import { apiError, apiRoute } from "@/lib/api/http";
import { invitationAnswer } from "@/lib/api/invitations";
import { db } from "@/lib/db/client";
import { revokeInvite } from "@/lib/stores/invites";

export const dynamic = "force-dynamic";

/** DELETE /api/v1/stores/{slug}/invitations/{inviteId} — members:write; revokes it (the link stops working), audited. */
export const DELETE = apiRoute<{ slug: string; inviteId: string }>({ scope: "members:write", store: true }, async (_req, ctx) => {
  if (!z.uuid().safeParse(ctx.params.inviteId).success) return apiError(404, "not_found", "No open invitation with this id in this store.");
  if (!ctx.key.createdBy) return apiError(401, "unauthorized", "This key has no member behind it: create a new key.");
  return invitationAnswer(await revokeInvite(db(), ctx.key.createdBy, ctx.store!.id, ctx.params.inviteId));
});
