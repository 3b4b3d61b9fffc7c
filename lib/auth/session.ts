import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";
import { findUserById, type Actor } from "./accounts";

/**
 * The signed-in user of this request, read fresh from the database (so a
 * deleted user is signed out at once), or null. A session is valid only on
 * the host that made it: a token replayed on another host is ignored, even
 * though cookies are host-only already. Memoised per request by React's cache.
 */
export const currentUser = cache(async (): Promise<Actor | null> => {
  const userId = await sessionUserId();
  return userId ? findUserById(db(), userId) : null;
});

/**
 * The user id of this request's valid session (same host rule), without
 * reading the user: for the dashboard's cached lookup (lib/stores/access-cache.ts).
 */
export const sessionUserId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  const host = ((await headers()).get("host") ?? "").toLowerCase();
  if (!session.host || session.host !== host) return null;
  return session.userId;
});
