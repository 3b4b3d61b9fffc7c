import { expect, test } from "./support/test";
import { PORT, raw, signInRaw } from "./support/raw-http";

/*
 * Issue 10, through the real server (scripts/serve.mjs + next start): hosts,
 * forwarded headers, cookies and the proxy, sent the way an attacker's curl
 * would. No browser needed.
 */
const ROOT = `localhost:${PORT}`;
const ACME = `acme.localhost:${PORT}`;
const PASSWORD = "plaza-demo-pass";
const FORGED = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.66" };

test.describe("next-auth's origin is the routed host (10.3)", () => {
  test("none of next-auth's built-in pages is served, with or without a forged X-Forwarded-Host", async () => {
    for (const path of ["/api/auth/signin", "/api/auth/signout", "/api/auth/error", "/api/auth/verify-request", "/api/auth/signin/credentials"]) {
      const res = await raw("GET", path, { host: ACME, headers: FORGED });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain("evil.example");
      expect(res.cookies.join(" "), path).not.toContain("evil");
    }
  });

  test("the JSON endpoints answer for the Host, never for X-Forwarded-Host, and are not cached", async () => {
    const providers = await raw("GET", "/api/auth/providers", { host: ACME, headers: FORGED });
    expect(providers.status).toBe(200);
    expect(providers.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(providers.body).credentials.callbackUrl).toBe(`http://${ACME}/api/auth/callback/credentials`);

    const csrf = await raw("GET", `/api/auth/csrf?callbackUrl=${encodeURIComponent("http://evil.example/")}`, { host: ACME, headers: FORGED });
    expect(csrf.status).toBe(200);
    expect(csrf.headers["cache-control"]).toBe("no-store");
    const callback = csrf.cookies.find((c) => c.startsWith("next-auth.callback-url="));
    expect(decodeURIComponent(callback ?? "")).toBe(`next-auth.callback-url=http://${ACME}`);
    // The scheme comes from PUBLIC_PROTOCOL, not X-Forwarded-Proto: no __Secure- cookies on http.
    expect(csrf.cookies.some((c) => c.startsWith("__Secure-") || c.startsWith("__Host-"))).toBe(false);
  });

  test("a host Plaza does not serve gets no auth endpoint at all", async () => {
    for (const host of ["evil.example", `nosuchstore.localhost:${PORT}`]) {
      const res = await raw("GET", "/api/auth/csrf", { host });
      expect(res.status, host).toBe(404);
      expect(res.cookies, host).toEqual([]);
    }
  });

  test("after sign-in, redirects go only to Plaza hosts: a foreign callbackUrl lands on the host's root", async () => {
    const csrf = await raw("GET", "/api/auth/csrf", { host: ROOT, from: "127.0.0.4" });
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const post = (callbackUrl: string) =>
      raw("POST", "/api/auth/callback/credentials", {
        host: ROOT,
        from: "127.0.0.4",
        headers: { "content-type": "application/x-www-form-urlencoded", ...FORGED },
        cookies: csrf.cookies,
        body: new URLSearchParams({ csrfToken, email: "owner@acme.test", password: PASSWORD, json: "true", callbackUrl }).toString(),
      });
    const foreign = await post("http://evil.example/steal");
    expect(foreign.status).toBe(200);
    expect(JSON.parse(foreign.body).url).toBe(`http://${ROOT}`);
    expect(foreign.headers["cache-control"]).toBe("no-store");
    const store = await post(`http://${ACME}/dashboard`);
    expect(JSON.parse(store.body).url).toBe(`http://${ACME}/dashboard`);
  });
});

test.describe("a session is valid only on the host that made it (fault g)", () => {
  test("a root-host session cookie replayed on acme's host reads no user; acme's own does", async () => {
    const onRoot = await signInRaw(ROOT, "owner@acme.test", PASSWORD, { from: "127.0.0.5" });
    expect(onRoot.session).toBeTruthy();
    const replayed = await raw("GET", "/dashboard/data/products", { host: ACME, cookies: [onRoot.session!] });
    expect(replayed.status).toBe(401);

    const onAcme = await signInRaw(ACME, "owner@acme.test", PASSWORD, { from: "127.0.0.5" });
    const own = await raw("GET", "/dashboard/data/products", { host: ACME, cookies: [onAcme.session!] });
    expect(own.status).toBe(200);
  });
});

test.describe("the proxy strips internal headers a client sends (fault h)", () => {
  test("a client-sent x-plaza-not-found does not turn a root 404 into 'store not found'", async () => {
    const res = await raw("GET", "/no-such-page", { host: ROOT, headers: { "x-plaza-not-found": "store", "x-plaza-store": "acme", "x-tenant-id": "acme" } });
    expect(res.status).toBe(404);
    expect(res.body).toContain("Page not found");
    expect(res.body).not.toContain("Store not found");
  });

  test("a client-sent x-plaza-routed does not skip the proxy: internal paths stay unreachable", async () => {
    // The front door's mark is what lets a routed page load skip proxy.ts (lib/http/front-door.ts);
    // sent by a client on a request the front door leaves alone, it would reach /s/acme directly.
    for (const extra of [{}, { rsc: "1" }] as Record<string, string>[]) {
      const res = await raw("GET", "/s/acme", { host: ROOT, headers: { "x-plaza-routed": "1", "x-plaza-store": "acme", ...extra } });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain("Rocket Skates");
    }
  });
});

test.describe("the front door routes a page load as the proxy would (decision 0035)", () => {
  test("storefront, path-mode and root pages carry the same security headers either way, a 403 status page too", async () => {
    for (const [host, path, status] of [
      [ACME, "/", 200],
      [ROOT, "/stores/acme/shop", 200],
      [ROOT, "/login", 200],
      [`initech.localhost:${PORT}`, "/", 403], // pending: the proxy routes it, page load or not
    ] as const) {
      // Once as a plain page load (the front door routes it), once with a query the front door leaves to the proxy.
      const page = await raw("GET", path, { host, headers: { accept: "text/html" } });
      const proxied = await raw("GET", `${path}?_rsc=proxy`, { host, headers: { accept: "text/html" } });
      expect(page.status, `${host}${path}`).toBe(status);
      expect(proxied.status, `${host}${path} (proxy)`).toBe(status);
      expect(proxied.body).toContain(page.body.includes("Rocket Skates") ? "Rocket Skates" : "</html>");
      for (const res of [page, proxied]) {
        expect(res.headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}=='/);
        expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
        expect(res.headers["x-content-type-options"]).toBe("nosniff");
      }
      const nonce = /'nonce-([^']+)'/.exec(String(page.headers["content-security-policy"]))![1]!;
      expect(page.body).toContain(`nonce="${nonce}"`);
    }
  });
});

test.describe("per-client sign-in limits cannot be reset with X-Forwarded-For (10.5)", () => {
  test("a client that sprays wrong passwords waits, whatever X-Forwarded-For it sends; other clients do not", async () => {
    test.setTimeout(120_000);
    const from = "127.0.0.6";
    let last = { json: {} as { url?: string }, session: undefined as string | undefined };
    for (let i = 0; i < 31; i++) {
      const forged = { "x-forwarded-for": `198.51.100.${i}` };
      last = await signInRaw(ROOT, `nobody-${i}-${Date.now()}@example.test`, "wrong-password-123", { from, headers: forged });
    }
    expect(decodeURIComponent(last.json.url ?? "")).toContain("Too many attempts");
    // The same client with the right password waits too; another client signs in.
    const blocked = await signInRaw(ROOT, "owner@globex.test", PASSWORD, { from, headers: { "x-forwarded-for": "192.0.2.200" } });
    expect(blocked.session).toBeUndefined();
    const other = await signInRaw(ROOT, "owner@globex.test", PASSWORD, { from: "127.0.0.7" });
    expect(other.session).toBeTruthy();
  });
});
