import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { DEFAULT_REFERRER_POLICY } from "@/lib/security/static-headers.js";
import { NONCE_HEADER } from "@/lib/security/nonce-header";
import { newNonce, policyKind, responseSecurityHeaders } from "@/lib/security/policy";
import { policySettings } from "@/lib/security/settings";
import { isInternalHeader, ROUTED_HEADER } from "@/lib/tenancy/headers";
import { planRoute, routeOf } from "@/lib/tenancy/route-plan";

/*
 * The front door: the HTTP server (scripts/serve.mjs) routes the common page
 * load itself, before Next.js sees it, and marks it so proxy.ts is skipped.
 * Next runs a proxy as a second pass through its request handler (a
 * NextRequest, a Response, request stores, the header encoding of a rewrite):
 * about a tenth of a storefront page's throughput, even for a proxy that
 * returns at once (decision 0035). The decision is the same one: classify()
 * and planRoute() choose the route, lib/security/policy the headers; only
 * carrying it out differs (the request's URL and headers are changed in place,
 * as a rewrite would).
 *
 * Only what a rewrite or a pass-through covers completely is routed here:
 * GET and HEAD page loads with no body, no client navigation (RSC: Next adds
 * its rewrite headers to those), a serving store or none, and no header that
 * next.config.js also sets. Everything else goes to proxy.ts as before.
 */

/** A path Next would normalise (dot segments, doubled or back slashes): the proxy sees it as Next does. */
const PLAIN_PATH = /^(?:\/(?!\.)[^/\\]*)*$/;

/** Next's own files and (in development) endpoints: they never carry tenant meaning. */
const NEXT_FILES = /^\/(?:_next\/|__nextjs|favicon\.ico$)/;

/** Why not: a request the proxy routes instead (its answers are not a plain rewrite or pass-through). */
function forTheProxy(req: IncomingMessage, url: string): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return true;
  const h = req.headers;
  // A client navigation or prefetch (flight), a server action, or a body to size up.
  if (h.rsc !== undefined || h["next-router-prefetch"] !== undefined || h["next-action"] !== undefined) return true;
  if ((h["content-length"] !== undefined && h["content-length"] !== "0") || h["transfer-encoding"] !== undefined) return true;
  return url.includes("_rsc=");
}

/**
 * Routes the request in place and returns true, or leaves it untouched to
 * proxy.ts and returns false; then the server drops any client-sent
 * ROUTED_HEADER (scripts/serve.mjs), so nobody skips the proxy by sending one.
 */
export async function routeInFront(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = req.url ?? "/";
  if (forTheProxy(req, url)) return false;
  const q = url.indexOf("?");
  const pathname = q < 0 ? url : url.slice(0, q);
  if (!PLAIN_PATH.test(pathname) || NEXT_FILES.test(pathname)) return false;
  const route = routeOf(req.headers.host, pathname);
  if (policyKind(route) !== "page") return false;
  const plan = await planRoute(route);
  if (plan.kind !== "pass" && (plan.kind !== "rewrite" || plan.status !== undefined)) return false;
  const nonce = newNonce();
  const security = responseSecurityHeaders("page", nonce, new URL(url, "http://front.door"), policySettings());
  // next.config.js sends the default Referrer-Policy after this; a token page's stricter one comes from the proxy.
  if (security["referrer-policy"] !== DEFAULT_REFERRER_POLICY) return false;

  // From here on, what proxy.ts's rewrite would have done.
  for (const name of Object.keys(req.headers)) if (isInternalHeader(name)) delete req.headers[name];
  req.headers[NONCE_HEADER] = nonce;
  req.headers["content-security-policy"] = security["content-security-policy"];
  if (plan.kind === "rewrite") {
    if (plan.base !== undefined) req.headers["x-plaza-base"] = plan.base;
    if (plan.store) req.headers["x-plaza-store"] = plan.store;
    req.url = q < 0 ? plan.path : plan.path + url.slice(q);
  }
  req.headers[ROUTED_HEADER] = "1";
  for (const [key, value] of Object.entries(security)) res.setHeader(key, value);
  return true;
}
