import type { Route } from "@/lib/tenancy/classify";
import { DEFAULT_REFERRER_POLICY } from "./static-headers.js";

/*
 * The headers that depend on the request or on runtime settings, set by the
 * proxy on everything it answers (docs/decisions/0009-security-headers.md).
 * Pure functions: the unit tests call them directly, the proxy only plugs in
 * the nonce and the settings.
 */

/**
 * Which CSP a response gets: a page Plaza renders, an API answer that is never
 * a document, or an uploaded file, which must never act as one.
 */
export type PolicyKind = "page" | "api" | "file";

/** Uploaded files: opened directly, they run nothing, load nothing and get an opaque origin. */
export const FILE_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** The policy kind of a classified request (null: a malformed path, answered by the 404 page). */
export function policyKind(route: Route | null): PolicyKind {
  if (!route) return "page";
  if (route.kind === "api") return "api";
  // The only routes that serve uploads: store images (every storefront mode) and the console's master images.
  const isStorefront = route.kind === "storefront" || route.kind === "custom-domain";
  if (isStorefront && route.path.startsWith("/images/")) return "file";
  if (route.kind === "console" && route.path.startsWith("/catalog/images/")) return "file";
  return "page";
}

export type PolicySettings = {
  /** `next dev`: React's dev tooling needs eval, and dev styles arrive as un-nonced <style> tags. */
  dev: boolean;
  protocol: "http" | "https";
  /** Origins besides our own that may serve images (an S3 or CDN endpoint), e.g. "https://cdn.example". */
  imageOrigins: readonly string[];
  /** Where checkout forms may lead besides our own host: the payment provider's hosted page. */
  formOrigins?: readonly string[];
  /** HSTS for every subdomain of the host too (ROOT_DOMAIN's stores), when the operator opts in. */
  hstsIncludeSubdomains: boolean;
};

/** 128 random bits, base64: unguessable and fresh on every request, as a CSP nonce must be. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page policy. Scripts run only with this response's nonce ('strict-dynamic'
 * lets those scripts load Next's chunks; host lists and 'self' are then ignored
 * by CSP3 browsers and kept only as a CSP2 fallback). Style elements need the
 * nonce too; style *attributes* are allowed (style-src-attr) because React and
 * recharts write them (theme colours, chart sizes) and an attribute can neither
 * run script nor load from outside img-src — decision 0009.
 */
export function pagePolicy(nonce: string, s: PolicySettings): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(s.dev ? ["'unsafe-eval'"] : [])],
    // In dev, Next injects CSS as <style> tags without a nonce; a nonce would disable 'unsafe-inline'.
    ["style-src", "'self'", ...(s.dev ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["style-src-attr", "'unsafe-inline'"],
    // blob: is the local preview of a logo before it is uploaded (ThemeForm).
    ["img-src", "'self'", "blob:", ...s.imageOrigins],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    // Forms post to the page's own host only (server actions, sign-in); a payment provider's origin joins here.
    ["form-action", "'self'", ...(s.formOrigins ?? [])],
    // Dashboard, console, auth pages and — by choice — storefronts: no other page may frame them.
    ["frame-ancestors", "'none'"],
    ...(s.protocol === "https" ? ([["upgrade-insecure-requests"]] as [string][]) : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** JSON, files and redirects from /api: nothing in them may run, load or be framed. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Strict-Transport-Security, only when Plaza is served over TLS (a plain-http HSTS header is ignored anyway). */
export function hsts(s: PolicySettings): string | null {
  if (s.protocol !== "https") return null;
  return `max-age=63072000${s.hstsIncludeSubdomains ? "; includeSubDomains" : ""}`;
}

/**
 * URLs that carry a secret in their query (the dashboard hop `?token=`,
 * set-password `?token=`, a guest's order link `?token=`): such a page sends
 * no Referer at all, not even to our own host, so the token never reaches a
 * log or another site.
 */
export function referrerPolicyFor(url: URL): string {
  return url.searchParams.has("token") ? "no-referrer" : DEFAULT_REFERRER_POLICY;
}

/** The proxy's response headers for one request. */
export function responseSecurityHeaders(kind: PolicyKind, nonce: string, url: URL, s: PolicySettings): Record<string, string> {
  const out: Record<string, string> = {
    "content-security-policy": kind === "api" ? API_POLICY : kind === "file" ? FILE_POLICY : pagePolicy(nonce, s),
    "referrer-policy": referrerPolicyFor(url),
  };
  const sts = hsts(s);
  if (sts) out["strict-transport-security"] = sts;
  return out;
}
