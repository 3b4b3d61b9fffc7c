import { NextResponse, type NextRequest } from "next/server";
import { classify, type Route } from "@/lib/tenancy/classify";
import { findSlugByDomain, findStoreBySlug } from "@/lib/tenancy/lookup";
import { env } from "@/lib/env";

/*
 * Host + path → route segment, as DESIGN.md §1. This is routing only: every
 * page, action and handler behind it resolves the store and checks access again
 * (the proxy is never the only guard, CVE-2025-29927).
 */

// Headers this proxy sets for the pages; a client must never be able to send them.
const INTERNAL_HEADER = /^(x-tenant-|x-middleware-|x-plaza-)/i;

function cleanHeaders(req: NextRequest): Headers {
  const headers = new Headers();
  req.headers.forEach((value, key) => {
    if (!INTERNAL_HEADER.test(key)) headers.set(key, value);
  });
  return headers;
}

function rewrite(req: NextRequest, headers: Headers, pathname: string, base?: string) {
  const url = req.nextUrl.clone();
  url.pathname = pathname;
  if (base !== undefined) headers.set("x-plaza-base", base);
  return NextResponse.rewrite(url, { request: { headers } });
}

/** Any path no route matches: Next renders app/not-found.tsx with a 404. */
const NOT_FOUND_PATH = "/not-found-route";

function storeNotFound(req: NextRequest, headers: Headers) {
  headers.set("x-plaza-not-found", "store");
  return rewrite(req, headers, NOT_FOUND_PATH);
}

const join = (prefix: string, path: string) => (path === "/" ? prefix : `${prefix}${path}`);

export async function proxy(req: NextRequest) {
  const headers = cleanHeaders(req);
  const route: Route = classify(req.headers.get("host"), req.nextUrl.pathname, env().ROOT_DOMAIN);

  switch (route.kind) {
    case "api":
    case "root":
      return NextResponse.next({ request: { headers } });
    case "console":
      return rewrite(req, headers, join("/admin", route.path), route.base);
    case "storefront":
    case "dashboard": {
      // A cached lookup, so an unknown store gets a real 404 ("store not found").
      if (!(await findStoreBySlug(route.slug))) return storeNotFound(req, headers);
      const segment = route.kind === "storefront" ? "s" : "d";
      return rewrite(req, headers, join(`/${segment}/${route.slug}`, route.path), route.base);
    }
    case "custom-domain": {
      const slug = await findSlugByDomain(route.domain);
      if (!slug) return storeNotFound(req, headers);
      return rewrite(req, headers, join(`/s/${slug}`, route.path), "");
    }
    case "not-found":
      return rewrite(req, headers, NOT_FOUND_PATH);
  }
}

export const config = {
  // Next's own assets never carry tenant meaning.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
