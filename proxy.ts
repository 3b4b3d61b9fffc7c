import { NextResponse, type NextRequest } from "next/server";
import { classify, type Route } from "@/lib/tenancy/classify";
import { findSlugByDomain, findStoreBySlug, isServing, type StoreRef } from "@/lib/tenancy/lookup";
import { apexOfWww } from "@/lib/domains/verification";
import { stripInternalHeaders } from "@/lib/tenancy/headers";
import { env } from "@/lib/env";
import { newNonce, policyKind, responseSecurityHeaders, type PolicySettings } from "@/lib/security/policy";
import { NONCE_HEADER } from "@/lib/security/nonce-header";
import { bodySizeRefusal, sizeRefusalResponse } from "@/lib/http/request-size";
import { actionRequestRefusal } from "@/lib/http/action-request";

/*
 * Host + path → route segment, as docs/contract.md §1. This is routing only: every
 * page, action and handler behind it resolves the store and checks access again
 * (the proxy is never the only guard, CVE-2025-29927).
 */

function rewrite(req: NextRequest, headers: Headers, pathname: string, base?: string, status?: number) {
  const url = req.nextUrl.clone();
  url.pathname = pathname;
  if (base !== undefined) headers.set("x-plaza-base", base);
  return NextResponse.rewrite(url, { request: { headers }, status });
}

/**
 * A storefront that is not open still renders its status page, but with a
 * status code that tells crawlers and monitors it is not serving: 403 for a
 * pending or suspended store (docs/decisions/0001-store-status-codes.md).
 */
function storefrontStatus(store: StoreRef): number | undefined {
  return isServing(store) ? undefined : 403;
}

/** Any path no route matches: Next renders app/not-found.tsx with a 404. */
const NOT_FOUND_PATH = "/not-found-route";

function storeNotFound(req: NextRequest, headers: Headers) {
  headers.set("x-plaza-not-found", "store");
  return rewrite(req, headers, NOT_FOUND_PATH);
}

const join = (prefix: string, path: string) => (path === "/" ? prefix : `${prefix}${path}`);

/** True when the path has a malformed %-escape, which Next's route params would turn into a 500. */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

// Read once per env() (which is itself parsed once): the proxy runs on every request.
let settings: { from: ReturnType<typeof env>; value: PolicySettings } | undefined;
function policySettings(): PolicySettings {
  const e = env();
  if (settings?.from !== e) {
    settings = {
      from: e,
      value: {
        dev: process.env.NODE_ENV === "development",
        protocol: e.PUBLIC_PROTOCOL,
        imageOrigins: e.CSP_IMAGE_ORIGINS,
        // Card checkout leaves for Stripe's hosted page (or the local stand-in that plays it).
        formOrigins: [e.STRIPE_API_BASE ? new URL(e.STRIPE_API_BASE).origin : "https://checkout.stripe.com"],
        hstsIncludeSubdomains: e.HSTS_INCLUDE_SUBDOMAINS,
      },
    };
  }
  return settings.value;
}

/**
 * Every answer of the proxy carries the security headers (lib/security): a
 * fresh nonce per request goes into the CSP of the response and, as Next reads
 * it from there, into the request's own Content-Security-Policy header, so
 * Next's scripts and styles for this render carry it. Custom domains and every
 * routing mode pass through here alike.
 */
export async function proxy(req: NextRequest) {
  const headers = stripInternalHeaders(req.headers);
  const route: Route | null = malformedPath(req.nextUrl.pathname) ? null : classify(req.headers.get("host"), req.nextUrl.pathname, env().ROOT_DOMAIN, { dev: process.env.NODE_ENV === "development" });
  // Only pages get a nonce. A client navigation's payload (RSC) cannot be told
  // apart here: Next strips its flight headers and `_rsc` before the proxy
  // runs (decision 0025), so it is answered like its page.
  const kind = policyKind(route);
  const nonce = kind !== "page" ? "" : newNonce();
  const security = responseSecurityHeaders(kind, nonce, req.nextUrl, policySettings());
  if (nonce) {
    headers.set(NONCE_HEADER, nonce);
    headers.set("content-security-policy", security["content-security-policy"]!);
  } else {
    // Never a client's own: Next would take a nonce from it.
    headers.delete("content-security-policy");
  }
  const res = (await refuseBadRequest(req)) ?? (await routeRequest(req, headers, route));
  for (const [key, value] of Object.entries(security)) res.headers.set(key, value);
  return res;
}

/** Requests refused before anything reads their body; they carry the security headers too. */
async function refuseBadRequest(req: NextRequest): Promise<Response | null> {
  // Too large to take is refused before anything reads the body (lib/http/request-size.ts).
  const head = { method: req.method, headers: req.headers, pathname: req.nextUrl.pathname };
  const tooLarge = bodySizeRefusal(head);
  if (tooLarge) return sizeRefusalResponse(tooLarge, head);
  // A malformed server action call would fail inside React's decoding as a bare 500 (lib/http/action-request.ts).
  const malformed = await actionRequestRefusal(req);
  if (malformed) return new Response(malformed, { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  return null;
}

async function routeRequest(req: NextRequest, headers: Headers, route: Route | null): Promise<NextResponse> {
  if (!route) return rewrite(req, headers, NOT_FOUND_PATH);

  switch (route.kind) {
    case "api":
    case "root":
      return NextResponse.next({ request: { headers } });
    case "console":
      return rewrite(req, headers, join("/admin", route.path), route.base);
    case "storefront":
    case "dashboard": {
      // A cached lookup, so an unknown store gets a real 404 ("store not found").
      const store = await findStoreBySlug(route.slug);
      if (!store || store.status === "rejected") return storeNotFound(req, headers);
      // The store this request is for, from host and path only: server actions
      // act on this store, never on one named in the form (lib/actions/action.ts).
      headers.set("x-plaza-store", route.slug);
      if (route.kind === "dashboard") return rewrite(req, headers, join(`/d/${route.slug}`, route.path), route.base);
      return rewrite(req, headers, join(`/s/${route.slug}`, route.path), route.base, storefrontStatus(store));
    }
    case "custom-domain": {
      const slug = await findSlugByDomain(route.domain);
      // www.shop.example → shop.example when only the apex is connected (and vice versa is the owner's DNS).
      const apex = slug ? null : apexOfWww(route.domain);
      if (apex && (await findSlugByDomain(apex))) {
        const url = req.nextUrl.clone();
        url.hostname = apex;
        return NextResponse.redirect(url, 308);
      }
      const store = slug ? await findStoreBySlug(slug) : null;
      if (!store || store.status === "rejected") return storeNotFound(req, headers);
      headers.set("x-plaza-store", store.slug);
      return rewrite(req, headers, join(`/s/${store.slug}`, route.path), "", storefrontStatus(store));
    }
    case "not-found":
      return rewrite(req, headers, NOT_FOUND_PATH);
  }
}

export const config = {
  // Next's own assets never carry tenant meaning.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico).*)"],
};
