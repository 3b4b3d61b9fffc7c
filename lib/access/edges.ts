import "server-only";
import { notFound } from "next/navigation";
import type { Permission } from "@/lib/auth/permissions";
import { ACCESS_STATUS } from "./decision";
import { authorizeStore, dashboardAccess, type Member } from "./store";

export type { Member };

/**
 * Every dashboard page calls this (the layout is not re-run on client
 * navigations, so it is never the only check). Any refusal is a 404, as if
 * the page did not exist — the same answer the members page gives.
 */
export async function requireMember(slug: string, permission: Permission): Promise<Member> {
  const decision = authorizeStore(await dashboardAccess(slug), { permission });
  if (!decision.ok) notFound();
  return decision.member;
}

/**
 * The same decision for the dashboard's route handlers, as JSON: a session
 * that ended is a 401 and a role that lacks the permission a 403; anything
 * else (no such store, a closed one, not a member) is "Not found.", so the
 * answer tells nobody which stores exist.
 */
export async function memberForHandler(slug: string, permission: Permission): Promise<Member | Response> {
  const decision = authorizeStore(await dashboardAccess(slug), { permission });
  if (decision.ok) return decision.member;
  const status = ACCESS_STATUS[decision.code];
  const error = status === 401 || status === 403 ? decision.message : "Not found.";
  return Response.json({ error }, { status: status === 401 || status === 403 ? status : 404 });
}
