import { z } from "zod";
import { apiError, apiRoute, readBody, type ApiContext } from "@/lib/api/http";
import { memberUpdateSchema } from "@/lib/api/schemas";
import type { ActionResult } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import { changeMemberRole, removeMember } from "@/lib/stores/members";

export const dynamic = "force-dynamic";
type Params = { slug: string; userId: string };

/*
 * Members through the API: the dashboard's changeMemberRole/removeMember,
 * acting as the key's creator (their role is read again inside: an admin's
 * key cannot touch owners, the last owner stays, removed members' keys are
 * revoked), audited and mailed as in the dashboard.
 */

function answer(result: ActionResult): Response {
  if (result.ok) return Response.json({ ok: true, message: result.message ?? "Done." });
  const error = result.error ?? "Refused.";
  if (/not a member of this store/.test(error)) return apiError(404, "not_found", "No such member in this store.");
  if (/Only an owner|Only the store's owners/.test(error)) return apiError(403, "insufficient_scope", error);
  return apiError(409, "invalid_state", error);
}

const badId = (ctx: ApiContext<Params>) => !z.uuid().safeParse(ctx.params.userId).success;

/** PATCH /api/v1/stores/{slug}/members/{userId} {role} — members:write. */
export const PATCH = apiRoute<Params>({ scope: "members:write", store: true }, async (req, ctx) => {
  if (badId(ctx)) return apiError(404, "not_found", "No such member in this store.");
  const body = await readBody(req, memberUpdateSchema);
  if (!body.ok) return body.response;
  if (!ctx.key.createdBy) return apiError(401, "unauthorized", "This key has no member behind it: create a new key.");
  return answer(await changeMemberRole(db(), ctx.key.createdBy, ctx.store!.id, ctx.params.userId, body.data.role));
});

/** DELETE /api/v1/stores/{slug}/members/{userId} — members:write. */
export const DELETE = apiRoute<Params>({ scope: "members:write", store: true }, async (_req, ctx) => {
  if (badId(ctx)) return apiError(404, "not_found", "No such member in this store.");
  if (!ctx.key.createdBy) return apiError(401, "unauthorized", "This key has no member behind it: create a new key.");
  return answer(await removeMember(db(), ctx.key.createdBy, ctx.store!.id, ctx.params.userId, null));
});
