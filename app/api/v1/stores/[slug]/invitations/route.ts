import { apiError, apiRoute, readBody, validationError } from "@/lib/api/http";
import { invitationAnswer, invitationJson, keyActor } from "@/lib/api/invitations";
import { invitationCreateSchema, pageQuery } from "@/lib/api/schemas";
import { db } from "@/lib/db/client";
import { decodeCursor, encodeCursor } from "@/lib/db/keyset";
import { inviteMember, pageOpenInvites } from "@/lib/stores/invites";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/invitations — members:read; open invitations (expired ones too: they can be resent), newest first. */
export const GET = apiRoute<{ slug: string }>({ scope: "members:read", store: true }, async (req, { store }) => {
  const parsed = pageQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return validationError(parsed.error);
  const cursor = decodeCursor(parsed.data.after);
  if (cursor === "invalid") return apiError(400, "validation_failed", "The `after` cursor is not valid.");
  const page = await pageOpenInvites(db(), store!.id, { limit: parsed.data.limit, after: cursor ? { createdAt: cursor.t, id: cursor.id } : undefined });
  return Response.json({ data: page.invites.map(invitationJson), next: page.next ? encodeCursor({ t: page.next.createdAt, id: page.next.id }) : null });
});

/** POST /api/v1/stores/{slug}/invitations {email, role} — members:write; the members page's invite (seat limit, audit, mail). */
export const POST = apiRoute<{ slug: string }>({ scope: "members:write", store: true }, async (req, ctx) => {
  const body = await readBody(req, invitationCreateSchema);
  if (!body.ok) return body.response;
  const actor = await keyActor(ctx);
  if (!actor) return apiError(401, "unauthorized", "This key has no member behind it: create a new key.");
  return invitationAnswer(await inviteMember(db(), actor, ctx.store!.id, body.data), 201);
});
