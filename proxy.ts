import { NextResponse, type NextRequest } from "next/server";
import type { Route } from "@/lib/tenancy/classify";
import { planRoute, routeOf } from "@/lib/tenancy/route-plan";
import { stripInternalHeaders } from "@/lib/tenancy/headers";
import { newNonce, policyKind, responseSecurityHeaders } from "@/lib/security/policy";
import { policySettings } from "@/lib/security/settings";
import { NONCE_HEADER } from "@/lib/security/nonce-header";
import { bodySizeRefusal, sizeRefusalResponse } from "@/lib/http/request-size";
import { actionRequestRefusal } from "@/lib/http/action-request";

/*
 * Host + path → route segment, as docs/contract.md §1. This is routing only: every
 * page, action and handler behind it resolves the store and checks access again
 * (the proxy is never the only guard, CVE-2025-29927).
 */

/** Any path no route matches: Next renders app/not-found.tsx with a 404. */
const NOT_FOUND_PATH = "/not-found-route";

/**
 * Every answer of the proxy carries the security headers (lib/security): a
 * fresh nonce per request goes into the CSP of the response and, as Next reads
 * it from there, into the request's own Content-Security-Policy header, so
 * Next's scripts and styles for this render carry it. Custom domains and every
 * routing mode pass through here alike.
 */
export async function proxy(req: NextRequest) {
  const headers = stripInternalHeaders(req.headers);
  const route = routeOf(req.headers.get("host"), req.nextUrl.pathname);
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
  const plan = await planRoute(route);
  switch (plan.kind) {
    case "pass":
      return NextResponse.next({ request: { headers } });
    case "rewrite": {
      if (plan.base !== undefined) headers.set("x-plaza-base", plan.base);
      if (plan.store) headers.set("x-plaza-store", plan.store);
      const url = req.nextUrl.clone();
      url.pathname = plan.path;
      return NextResponse.rewrite(url, { request: { headers }, status: plan.status });
    }
    case "redirect": {
      const url = req.nextUrl.clone();
      url.hostname = plan.hostname;
      return NextResponse.redirect(url, 308);
    }
    case "not-found": {
      if (plan.store) headers.set("x-plaza-not-found", "store");
      const url = req.nextUrl.clone();
      url.pathname = NOT_FOUND_PATH;
      return NextResponse.rewrite(url, { request: { headers } });
    }
  }
}

export const config = {
  matcher: [
    {
      // Next's own assets never carry tenant meaning. A page load the HTTP
      // server's front door already routed (lib/http/front-door.ts) carries
      // its mark and skips the proxy; the server drops a client-sent mark
      // (scripts/serve.mjs), so nobody skips routing by sending one.
      source: "/((?!_next/static|_next/image|favicon\\.ico).*)",
      missing: [{ type: "header", key: "x-plaza-routed" }],
    },
  ],
};
