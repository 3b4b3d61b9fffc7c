import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { decideJoinRequests, STORE_READ_ONLY, type JoinDecision } from "@/lib/stores/join-requests";
import { apiError, storeNotActive, type ApiContext } from "./http";

/*
 * Deciding a join request through the API. The key acts for the member who
 * created it: their membership and role are read again now (decideJoinRequests
 * does), so a key made by an admin who has since been removed or demoted
 * decides nothing.
 */
export async function decideViaApi(ctx: ApiContext<{ slug: string; userId: string }>, decision: JoinDecision): Promise<Response> {
  if (!z.uuid().safeParse(ctx.params.userId).success) return apiError(404, "not_found", "No such join request.");
  if (!ctx.key.createdBy) return apiError(403, "insufficient_scope", "This key has no member behind it: create a new key.");
  const result = await decideJoinRequests(db(), ctx.key.createdBy, ctx.store!.id, [ctx.params.userId], decision);
  if (!result.ok) {
    const error = result.error ?? "Refused.";
    if (error === STORE_READ_ONLY) return storeNotActive("not active");
    if (/do not belong to this store/.test(error)) return apiError(404, "not_found", "No such join request.");
    if (/Already decided/.test(error)) return apiError(409, "invalid_state", error);
    if (/allows \d+ members/.test(error)) return apiError(409, "limit_reached", error);
    return apiError(403, "insufficient_scope", error);
  }
  return Response.json({ ok: true, message: result.message ?? "Done." });
}
