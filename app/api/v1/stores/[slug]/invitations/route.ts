import { apiError, apiRoute, readBody } from "@/lib/api/http";
import { invitationAnswer, invitationJson, keyActor } from "@/lib/api/invitations";
import { nextCursor, readPage } from "@/lib/api/page";
import { invitationCreateSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db/client";
import { inviteMember, pageOpenInvites } from "@/lib/stores/invites";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/invitations — members:read; open invitations (expired ones too: they can be resent), newest first. */
export const GET = apiRoute<{ slug: string }>({ scope: "members:read", store: true }, async (req, { store }) => {
  const page = readPage(req);
  if (!page.ok) return page.response;
  const { invites, next } = await pageOpenInvites(db(), store!.id, page);
  return Response.json({ data: invites.map(invitationJson), next: nextCursor(next) });
});

/** POST /api/v1/stores/{slug}/invitations {email, role} — members:write; the members page's invite (seat limit, audit, mail). */
export const POST = apiRoute<{ slug: string }>({ scope: "members:write", store: true }, async (req, ctx) => {
  const body = await readBody(req, invitationCreateSchema);
  if (!body.ok) return body.response;
  const actor = await keyActor(ctx);
  if (!actor) return apiError(401, "unauthorized", "This key has no member behind it: create a new key.");
  return invitationAnswer(await inviteMember(db(), actor, ctx.store!.id, body.data), 201);
});
