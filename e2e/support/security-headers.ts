import { readFileSync } from "node:fs";
import { expect, type APIResponse } from "@playwright/test";

/*
 * What every response must carry (issue 17, docs/decisions/0009): the static
 * set on everything, and the CSP that fits what the response is.
 */

/** The card payment page's origin the server allows forms to lead to (scripts/e2e-server.sh writes it). */
function paymentOrigin(): string {
  try {
    return (JSON.parse(readFileSync(".data/e2e/stripe-standin.json", "utf8")) as { origin: string }).origin;
  } catch {
    return "https://checkout.stripe.com";
  }
}

export type Expected = "page" | "api" | "file" | "static";

/** A CSP header as directive → sources. */
export function parseCsp(value: string | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (value ?? "").split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

export function expectSecurityHeaders(res: APIResponse, kind: Expected, what: string, referrer = "strict-origin-when-cross-origin") {
  const h = res.headers();
  expect(h["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect(h["referrer-policy"], `${what}: Referrer-Policy`).toBe(referrer);
  expect(h["cross-origin-opener-policy"], `${what}: COOP`).toBe("same-origin");
  expect(h["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  expect(h["permissions-policy"], `${what}: Permissions-Policy`).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\).*payment=\(\)/);
  // The e2e server speaks plain http: no HSTS (tests/unit/security-policy.test.ts covers https).
  expect(h["strict-transport-security"], `${what}: no HSTS over http`).toBeUndefined();

  const csp = parseCsp(h["content-security-policy"]);
  if (kind === "static") return; // Next's own assets: never documents, served without the proxy
  expect(csp.get("frame-ancestors"), `${what}: frame-ancestors`).toEqual(["'none'"]);
  if (kind === "api") return expect(csp.get("default-src"), `${what}: API default-src`).toEqual(["'none'"]);
  if (kind === "file") {
    expect(csp.get("default-src"), `${what}: file default-src`).toEqual(["'none'"]);
    return expect(csp.has("sandbox"), `${what}: file sandbox`).toBe(true);
  }
  const script = csp.get("script-src") ?? [];
  expect(script.filter((s) => s.startsWith("'nonce-")), `${what}: one nonce`).toHaveLength(1);
  expect(script, `${what}: strict-dynamic`).toContain("'strict-dynamic'");
  expect(script, `${what}: no unsafe-inline scripts`).not.toContain("'unsafe-inline'");
  expect(script, `${what}: no eval in production`).not.toContain("'unsafe-eval'");
  expect(csp.get("style-src"), `${what}: style elements need the nonce`).not.toContain("'unsafe-inline'");
  expect(csp.get("default-src"), `${what}: default-src`).toEqual(["'self'"]);
  expect(csp.get("object-src"), `${what}: object-src`).toEqual(["'none'"]);
  expect(csp.get("base-uri"), `${what}: base-uri`).toEqual(["'self'"]);
  // Forms may also lead to the payment provider's hosted page (decision 0018): the Stripe stand-in beside the e2e server.
  expect(csp.get("form-action"), `${what}: form-action`).toEqual(["'self'", paymentOrigin()]);
  expect(csp.get("img-src"), `${what}: img-src`).toEqual(["'self'", "blob:"]);
}

/** The nonce of a page's CSP. */
export function cspNonce(res: APIResponse): string {
  const nonce = parseCsp(res.headers()["content-security-policy"]).get("script-src")?.find((s) => s.startsWith("'nonce-"));
  return nonce!.slice("'nonce-".length, -1);
}
