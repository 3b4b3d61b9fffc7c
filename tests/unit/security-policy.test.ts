import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { classify } from "@/lib/tenancy/classify";
import { API_POLICY, FILE_POLICY, hsts, newNonce, pagePolicy, policyKind, referrerPolicyFor, responseSecurityHeaders, type PolicySettings } from "@/lib/security/policy";
import { STATIC_SECURITY_HEADERS } from "@/lib/security/static-headers.js";
import nextConfig from "@/next.config.js";

const prod: PolicySettings = { dev: false, protocol: "http", imageOrigins: [], hstsIncludeSubdomains: false };
const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("the page CSP", () => {
  it("allows scripts only with this request's nonce, and nothing else a page does not need", () => {
    const csp = directives(pagePolicy("abc123==", prod));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "blob:"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("keeps eval and un-nonced styles to next dev", () => {
    const dev = directives(pagePolicy("n", { ...prod, dev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(pagePolicy("n", prod)).not.toMatch(/unsafe-eval/);
  });

  it("adds configured image origins and, behind TLS, upgrades insecure requests", () => {
    const csp = directives(pagePolicy("n", { ...prod, protocol: "https", imageOrigins: ["https://cdn.example"] }));
    expect(csp.get("img-src")).toEqual(["'self'", "blob:", "https://cdn.example"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(true);
  });

  it("uses a fresh 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("which policy a request gets", () => {
  const kind = (host: string, path: string) => policyKind(classify(host, path, "plaza.test"));
  it.each([
    ["plaza.test", "/", "page"],
    ["admin.plaza.test", "/stores", "page"],
    ["acme.plaza.test", "/dashboard/products", "page"],
    ["acme.plaza.test", "/products/x", "page"],
    ["acme.plaza.test", "/api/health", "api"],
    ["plaza.test", "/api/v1/stores", "api"],
    ["acme.plaza.test", "/images/0b7c1b7e-1111-4222-8333-944455556666.png", "file"],
    ["plaza.test", "/stores/acme/shop/images/0b7c1b7e-1111-4222-8333-944455556666.png", "file"],
    ["shop.example", "/images/0b7c1b7e-1111-4222-8333-944455556666.png", "file"],
    ["admin.plaza.test", "/catalog/images/0b7c1b7e-1111-4222-8333-944455556666.png", "file"],
    ["plaza.test", "/admin/catalog/images/0b7c1b7e-1111-4222-8333-944455556666.png", "file"],
    // Only the storefront's own image route is a file: a dashboard page of that name is a page.
    ["acme.plaza.test", "/dashboard/images/x", "page"],
  ])("%s%s → %s", (host, path, expected) => {
    expect(kind(host, path)).toBe(expected);
  });

  it("sends the API and file policies, which run and frame nothing", () => {
    const url = new URL("http://plaza.test/api/health");
    expect(responseSecurityHeaders("api", "n", url, prod)["content-security-policy"]).toBe(API_POLICY);
    expect(responseSecurityHeaders("file", "n", url, prod)["content-security-policy"]).toBe(FILE_POLICY);
    expect(FILE_POLICY).toMatch(/sandbox/);
  });
});

describe("Referrer-Policy", () => {
  it("sends no Referer from a URL that carries a token, the origin only elsewhere", () => {
    expect(referrerPolicyFor(new URL("http://plaza.test/set-password?token=abc"))).toBe("no-referrer");
    expect(referrerPolicyFor(new URL("http://acme.plaza.test/orders/1001?token=abc"))).toBe("no-referrer");
    expect(referrerPolicyFor(new URL("http://acme.plaza.test/dashboard/hop?token="))).toBe("no-referrer");
    expect(referrerPolicyFor(new URL("http://acme.plaza.test/orders/1001"))).toBe("strict-origin-when-cross-origin");
  });
});

describe("Strict-Transport-Security", () => {
  it("is sent only behind TLS, with includeSubDomains when the operator opts in", () => {
    expect(hsts(prod)).toBeNull();
    expect(hsts({ ...prod, protocol: "https" })).toBe("max-age=63072000");
    expect(hsts({ ...prod, protocol: "https", hstsIncludeSubdomains: true })).toBe("max-age=63072000; includeSubDomains");
    const url = new URL("https://plaza.test/");
    expect(responseSecurityHeaders("page", "n", url, prod)).not.toHaveProperty("strict-transport-security");
    expect(responseSecurityHeaders("page", "n", url, { ...prod, protocol: "https" })["strict-transport-security"]).toBe("max-age=63072000");
  });

  it("reads its settings from the environment, refusing malformed image origins", () => {
    const base = { DATABASE_URL: "postgres://o@h/p", AUTH_SECRET: "x".repeat(32) };
    expect(parseEnv(base)).toMatchObject({ HSTS_INCLUDE_SUBDOMAINS: false, CSP_IMAGE_ORIGINS: [] });
    expect(parseEnv({ ...base, HSTS_INCLUDE_SUBDOMAINS: "true", CSP_IMAGE_ORIGINS: "https://cdn.example, https://s3.example:9000" })).toMatchObject({
      HSTS_INCLUDE_SUBDOMAINS: true,
      CSP_IMAGE_ORIGINS: ["https://cdn.example", "https://s3.example:9000"],
    });
    expect(() => parseEnv({ ...base, CSP_IMAGE_ORIGINS: "https://cdn.example/path; script-src *" })).toThrow(/- CSP_IMAGE_ORIGINS\.0: must be origins/);
    expect(() => parseEnv({ ...base, HSTS_INCLUDE_SUBDOMAINS: "maybe" })).toThrow(/- HSTS_INCLUDE_SUBDOMAINS:/);
  });
});

describe("next.config.js", () => {
  it("sends the static set on every path, so files the proxy never sees get it too", async () => {
    const rules = await nextConfig.headers!();
    expect(rules).toEqual([{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }]);
    expect(Object.fromEntries(STATIC_SECURITY_HEADERS.map((h) => [h.key, h.value]))).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
      "X-Frame-Options": "DENY",
    });
  });
});
