import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import type { InviteRefusal, InviteResult, OpenInvite } from "@/lib/stores/invites";
import { apiError, type ApiContext, type ApiErrorCode } from "./http";
import type { invitationSchema } from "./schemas";

/*
 * Invitations through the API: the dashboard's inviteMember / resendInvite /
 * revokeInvite (lib/stores/invites.ts), acting as the key's creator — their
 * role is read again inside the transaction, so an admin's key cannot invite
 * or touch an owner, the plan's seats hold under the store's lock, and every
 * change is audited and mailed exactly as from the members page. The domain
 * says why it refused (InviteRefusal); this table turns that into a status
 * and a stable code, never by reading the message.
 */

const ANSWERS: Record<InviteRefusal, [number, ApiErrorCode]> = {
  not_allowed: [403, "insufficient_scope"],
  store_not_active: [409, "store_not_active"],
  already_member: [409, "conflict"],
  already_invited: [409, "conflict"],
  seat_limit: [409, "limit_reached"],
  not_open: [404, "not_found"],
};

export function invitationJson(i: OpenInvite): z.infer<typeof invitationSchema> {
  return { id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString(), expired: i.expired, createdAt: i.createdAt.toISOString() };
}

/** The domain's answer as the API's: the invitation (201 when made) or the refusal's status and code. */
export function invitationAnswer(result: InviteResult<OpenInvite> | InviteResult, status = 200): Response {
  if (result.ok) return result.data ? Response.json(invitationJson(result.data), { status }) : Response.json({ ok: true, message: result.message ?? "Done." });
  const [code, name] = ANSWERS[result.refusal ?? "not_allowed"];
  return apiError(code, name, result.error ?? "Refused.");
}

/** The person the key acts for, as the invitation mail names them ("Ada invited you"). */
export async function keyActor(ctx: Pick<ApiContext<Record<string, string>>, "key">) {
  if (!ctx.key.createdBy) return null;
  const [user] = await db().select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, ctx.key.createdBy)).limit(1);
  return user ?? null;
}
