import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AuthOptions } from "next-auth";

/*
 * The proxy and next-auth as deployed behind TLS (PUBLIC_PROTOCOL=https) and
 * in plain http. Both read the environment when their modules load, so each
 * case loads them afresh with its own settings. No database: the root host's
 * routes never look a store up.
 */

const settings = { ROOT_DOMAIN: "plaza.test", DATABASE_APP_URL: "postgres://app@127.0.0.1:1/none", AUTH_SECRET: "s".repeat(40), AUTH_TRUST_HOST: "true" };

async function load(protocol: "http" | "https", extra: Record<string, string> = {}) {
  vi.resetModules();
  for (const [k, v] of Object.entries({ ...settings, PUBLIC_PROTOCOL: protocol, ...extra })) vi.stubEnv(k, v);
  const [{ proxy }, { NextRequest }, { authOptions }, { AuthHandler }] = await Promise.all([
    import("@/proxy"),
    import("next/server"),
    import("@/lib/auth/options"),
    // next-auth's request handler (not in its package exports): the code that sets the cookies.
    import(path.resolve("node_modules/next-auth/core/index.js")) as Promise<{ AuthHandler: (p: { req: Request; options: AuthOptions }) => Promise<{ cookies?: { name: string; options: { secure?: boolean } }[] }> }>,
  ]);
  const get = (url: string, headers: Record<string, string> = {}) => proxy(new NextRequest(url, { headers: { host: new URL(url).host, ...headers } }));
  /** next-auth's own handler with Plaza's options: the cookies it would set for a sign-in form. */
  const csrfCookies = async (forwardedProto: string) => {
    const out = await AuthHandler({ req: new Request("http://plaza.test/api/auth/csrf", { headers: { host: "plaza.test", "x-forwarded-proto": forwardedProto } }), options: authOptions });
    return out.cookies ?? [];
  };
  return { get, csrfCookies };
}

afterEach(() => vi.unstubAllEnvs());

describe("behind TLS (PUBLIC_PROTOCOL=https)", () => {
  it("sends HSTS and upgrades insecure requests on pages and API answers", async () => {
    const { get } = await load("https");
    for (const url of ["https://plaza.test/login", "https://plaza.test/api/health"]) {
      const res = (await get(url))!;
      expect(res.headers.get("strict-transport-security"), url).toBe("max-age=63072000");
    }
    expect((await get("https://plaza.test/login"))!.headers.get("content-security-policy")).toMatch(/; upgrade-insecure-requests$/);
  });

  it("covers subdomains only when HSTS_INCLUDE_SUBDOMAINS is set", async () => {
    const { get } = await load("https", { HSTS_INCLUDE_SUBDOMAINS: "true" });
    expect((await get("https://plaza.test/"))!.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("makes next-auth's cookies Secure and host-prefixed, whatever X-Forwarded-Proto a client sends", async () => {
    const { csrfCookies } = await load("https");
    const cookies = await csrfCookies("http");
    expect(cookies.map((c) => c.name)).toContain("__Host-next-auth.csrf-token");
    for (const c of cookies) expect(c.options.secure, c.name).toBe(true);
  });
});

describe("plain http (development, the e2e server)", () => {
  it("sends no HSTS, and cookies a browser keeps over http", async () => {
    const { get, csrfCookies } = await load("http");
    expect((await get("http://plaza.test/login"))!.headers.get("strict-transport-security")).toBeNull();
    // A spoofed "https" does not turn on Secure cookies (which the browser would then drop over http).
    for (const c of await csrfCookies("https")) expect(c.options.secure, c.name).toBe(false);
  });
});

describe("the nonce's way into the render", () => {
  it("hands the response's nonce to Next in the request's CSP header, replacing any a client sent", async () => {
    const { get } = await load("http");
    const res = (await get("http://plaza.test/login", { "x-plaza-nonce": "chosen-by-client", "content-security-policy": "script-src 'nonce-chosen-by-client'" }))!;
    const csp = res.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(nonce).not.toBe("chosen-by-client");
    // NextResponse.next({ request: { headers } }) passes overridden request headers on as x-middleware-request-*.
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(res.headers.get("x-middleware-request-x-plaza-nonce")).toBe(nonce);
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });
});
