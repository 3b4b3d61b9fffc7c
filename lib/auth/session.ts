import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";
import { findSessionUser, userOfClaim, type Actor, type SessionClaim } from "./accounts";

/**
 * The signed-in user of this request, read fresh from the database (so a
 * deleted user is signed out at once), or null. A session is valid only on
 * the host that made it: a token replayed on another host is ignored, even
 * though cookies are host-only already. A token made before the account's
 * last password reset (an older session version) is ignored too: a reset ends
 * every session of the account, on every host. Memoised per request by React's cache.
 */
export const currentUser = cache(async (): Promise<Actor | null> => {
  const claim = await sessionClaim();
  return claim ? userOfClaim(await findSessionUser(db(), claim.userId), claim) : null;
});

/**
 * The claim of this request's session if it was made on this host, without
 * reading the user: for the dashboard's cached lookup (lib/stores/access-cache.ts),
 * which then applies the same session-version rule through userOfClaim.
 */
export const sessionClaim = cache(async (): Promise<SessionClaim | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  const host = ((await headers()).get("host") ?? "").toLowerCase();
  if (!session.host || session.host !== host) return null;
  return { userId: session.userId, sessionVersion: session.sessionVersion ?? 0 };
});
