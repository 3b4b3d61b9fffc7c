import "server-only";
import { notFound } from "next/navigation";
import { can, type Permission } from "@/lib/auth/permissions";
import { dashboardAccess, type DashboardAccess } from "@/lib/stores/dashboard";

export type Member = Extract<DashboardAccess, { kind: "member" }>;

/**
 * Every dashboard page calls this (the layout is not re-run on client
 * navigations, so it is never the only check). A member whose role lacks the
 * permission gets a 404, as if the page did not exist — the same answer the
 * members page gives.
 */
export async function requireMember(slug: string, permission: Permission): Promise<Member> {
  const access = await dashboardAccess(slug);
  if (access.kind !== "member" || !can(access.role, permission)) notFound();
  return access;
}

/** The same check for route handlers: a JSON refusal instead of a page. */
export async function memberForHandler(slug: string, permission: Permission): Promise<Member | Response> {
  const access = await dashboardAccess(slug);
  if (access.kind === "signed-out") return Response.json({ error: "Your session has ended. Please sign in again." }, { status: 401 });
  if (access.kind !== "member") return Response.json({ error: "Not found." }, { status: 404 });
  if (!can(access.role, permission)) return Response.json({ error: "Your role does not allow this." }, { status: 403 });
  return access;
}
