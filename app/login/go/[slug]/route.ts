import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { enterableStoreId } from "@/lib/stores/my-stores";
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
  const storeId = await enterableStoreId(db(), user.id, slug);
  if (!storeId) return NextResponse.redirect(rootUrl("/login"));
  const token = await issueHopToken(db(), user.id, storeId);
  const res = NextResponse.redirect(dashboardUrl(slug, `/hop?token=${token}`));
  res.headers.set("cache-control", "no-store");
  res.headers.set("referrer-policy", "no-referrer");
  return res;
}
