import { NextResponse, type NextRequest } from "next/server";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { memberships, stores } from "@/lib/db/schema";
import { currentUser } from "@/lib/auth/session";
import { issueHopToken } from "@/lib/auth/hop";
import { dashboardUrl, rootUrl } from "@/lib/tenancy/urls";
import { isValidSlug } from "@/lib/tenancy/slug";

/**
 * Root → store host: checks the root session and an approved membership of
 * an active store, then sends the browser to the store's canonical dashboard
 * host with a single-use token (lib/auth/hop.ts). Only reachable on the root
 * host: on a store host the proxy rewrites this path to the storefront.
 */
export async function GET(_req: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = (await params).slug.toLowerCase();
  const user = await currentUser();
  if (!user || !isValidSlug(slug)) return NextResponse.redirect(rootUrl("/login"));
  const [row] = await db()
    .select({ storeId: stores.id })
    .from(memberships)
    .innerJoin(stores, eq(stores.id, memberships.storeId))
    .where(and(eq(stores.slug, slug), eq(stores.status, "active"), eq(memberships.userId, user.id), eq(memberships.status, "approved")))
    .limit(1);
  if (!row) return NextResponse.redirect(rootUrl("/login"));
  const token = await issueHopToken(db(), user.id, row.storeId);
  const res = NextResponse.redirect(dashboardUrl(slug, `/hop?token=${token}`));
  res.headers.set("cache-control", "no-store");
  res.headers.set("referrer-policy", "no-referrer");
  return res;
}
