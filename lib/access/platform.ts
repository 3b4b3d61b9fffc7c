import "server-only";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/accounts";
import type { Result } from "@/lib/result";
import { denied, SIGNED_OUT, type AccessCode } from "./decision";

/**
 * The console's access decision: a platform admin, read from the database on
 * every call (currentUser re-reads the user), never from a token claim.
 * Console actions (platformAction), pages (requirePlatformAdmin) and route
 * handlers (platformAdminForHandler) all decide here.
 */
export async function authorizePlatform(user?: Actor | null): Promise<Result<{ user: Actor }, AccessCode>> {
  const actor = user === undefined ? await currentUser() : user;
  if (!actor) return denied("unauthenticated", SIGNED_OUT);
  if (!actor.isPlatformAdmin) return denied("forbidden", "Only platform admins can do this.");
  return { ok: true, user: actor };
}

/** Every console page calls this itself: the layout's check alone is not enough. Anyone else gets a 404. */
export async function requirePlatformAdmin(): Promise<Actor> {
  const decision = await authorizePlatform();
  if (!decision.ok) notFound();
  return decision.user;
}

/** The same for the console's route handlers (exports, images): null answers 404, as if the file did not exist. */
export async function platformAdminForHandler(): Promise<Actor | null> {
  const decision = await authorizePlatform();
  return decision.ok ? decision.user : null;
}
