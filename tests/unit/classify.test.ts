import { describe, expect, it } from "vitest";
import { classify, isDevRootAddress, normalizeHost, type Route } from "@/lib/tenancy/classify";

const ROOT = "localhost:3000";

// One row per line of docs/contract.md §1, then the edges: ports, case, trailing
// dots, punycode, reserved words, bad slugs and internal segments.
const rows: Array<[host: string | null, path: string, expected: Route, root?: string]> = [
  // landing, signup, platform auth pages
  ["localhost:3000", "/", { kind: "root", path: "/" }],
  ["www.localhost:3000", "/", { kind: "root", path: "/" }],
  ["localhost:3000", "/signup", { kind: "root", path: "/signup" }],
  ["localhost:3000", "/signup/acme", { kind: "root", path: "/signup/acme" }],
  ["localhost:3000", "/login", { kind: "root", path: "/login" }],
  ["localhost:3000", "/pending", { kind: "root", path: "/pending" }],
  ["localhost:3000", "/logout", { kind: "root", path: "/logout" }],
  // platform console, by host and by path
  ["admin.localhost:3000", "/", { kind: "console", path: "/", base: "" }],
  ["admin.localhost:3000", "/stores", { kind: "console", path: "/stores", base: "" }],
  ["localhost:3000", "/admin", { kind: "console", path: "/", base: "/admin" }],
  ["localhost:3000", "/admin/stores", { kind: "console", path: "/stores", base: "/admin" }],
  ["localhost:3000", "/administrator", { kind: "root", path: "/administrator" }],
  // subdomain mode
  ["acme.localhost:3000", "/", { kind: "storefront", slug: "acme", path: "/", base: "", mode: "subdomain" }],
  ["acme.localhost:3000", "/products/rocket-skates", { kind: "storefront", slug: "acme", path: "/products/rocket-skates", base: "", mode: "subdomain" }],
  ["acme.localhost:3000", "/dashboard", { kind: "dashboard", slug: "acme", path: "/", base: "/dashboard", mode: "subdomain" }],
  ["acme.localhost:3000", "/dashboard/members", { kind: "dashboard", slug: "acme", path: "/members", base: "/dashboard", mode: "subdomain" }],
  ["acme.localhost:3000", "/dashboards", { kind: "storefront", slug: "acme", path: "/dashboards", base: "", mode: "subdomain" }],
  // path mode
  ["localhost:3000", "/stores/acme/shop", { kind: "storefront", slug: "acme", path: "/", base: "/stores/acme/shop", mode: "path" }],
  ["localhost:3000", "/stores/acme/shop/cart", { kind: "storefront", slug: "acme", path: "/cart", base: "/stores/acme/shop", mode: "path" }],
  ["localhost:3000", "/store/acme", { kind: "dashboard", slug: "acme", path: "/", base: "/store/acme", mode: "path" }],
  ["localhost:3000", "/store/acme/members", { kind: "dashboard", slug: "acme", path: "/members", base: "/store/acme", mode: "path" }],
  ["localhost:3000", "/stores/ACME/shop", { kind: "storefront", slug: "acme", path: "/", base: "/stores/acme/shop", mode: "path" }],
  // custom domains
  ["shop.example.com", "/", { kind: "custom-domain", domain: "shop.example.com", path: "/" }],
  ["Shop.Example.COM.", "/cart", { kind: "custom-domain", domain: "shop.example.com", path: "/cart" }],
  ["bücher.example", "/", { kind: "custom-domain", domain: "xn--bcher-kva.example", path: "/" }],
  ["xn--bcher-kva.example:8443", "/", { kind: "custom-domain", domain: "xn--bcher-kva.example", path: "/" }],
  // health and the API answer on every host
  ["localhost:3000", "/api/health", { kind: "api", path: "/api/health" }],
  ["acme.localhost:3000", "/api/health", { kind: "api", path: "/api/health" }],
  ["shop.example.com", "/api/health", { kind: "api", path: "/api/health" }],
  // ports, case and trailing dots on platform hosts
  ["ACME.LOCALHOST:3000", "/", { kind: "storefront", slug: "acme", path: "/", base: "", mode: "subdomain" }],
  ["acme.localhost.", "/", { kind: "storefront", slug: "acme", path: "/", base: "", mode: "subdomain" }],
  ["acme.localhost:8080", "/", { kind: "storefront", slug: "acme", path: "/", base: "", mode: "subdomain" }],
  ["LOCALHOST:3000", "/", { kind: "root", path: "/" }],
  ["Admin.Localhost.:3000", "/", { kind: "console", path: "/", base: "" }],
  // any ROOT_DOMAIN
  ["plaza.example", "/", { kind: "root", path: "/" }, "plaza.example"],
  ["www.plaza.example", "/", { kind: "root", path: "/" }, "plaza.example"],
  ["globex.plaza.example", "/", { kind: "storefront", slug: "globex", path: "/", base: "", mode: "subdomain" }, "plaza.example"],
  ["admin.plaza.example", "/x", { kind: "console", path: "/x", base: "" }, "plaza.example"],
  ["localhost:3000", "/", { kind: "not-found", reason: "unknown-host" }, "plaza.example"],
  // reserved words and bad slugs
  ["api.localhost:3000", "/", { kind: "not-found", reason: "reserved-host" }],
  ["static.localhost:3000", "/", { kind: "not-found", reason: "reserved-host" }],
  ["xn--bcher-kva.localhost:3000", "/", { kind: "not-found", reason: "reserved-host" }],
  ["xn--acme-abc.localhost:3000", "/", { kind: "not-found", reason: "bad-host" }],
  ["ab.localhost:3000", "/", { kind: "not-found", reason: "reserved-host" }],
  ["-acme.localhost:3000", "/", { kind: "not-found", reason: "reserved-host" }],
  ["a.b.localhost:3000", "/", { kind: "not-found", reason: "unknown-host" }],
  ["localhost:3000", "/stores/ab/shop", { kind: "not-found", reason: "bad-slug" }],
  ["localhost:3000", "/stores/-acme/shop", { kind: "not-found", reason: "bad-slug" }],
  ["localhost:3000", "/stores/admin/shop", { kind: "not-found", reason: "bad-slug" }],
  ["localhost:3000", "/stores/%ZZ/shop", { kind: "not-found", reason: "bad-slug" }],
  ["localhost:3000", "/stores/acme", { kind: "not-found", reason: "bad-slug" }],
  ["localhost:3000", "/store/a_b", { kind: "not-found", reason: "bad-slug" }],
  ["localhost:3000", `/store/${"a".repeat(51)}`, { kind: "not-found", reason: "bad-slug" }],
  // internal route segments are unreachable from outside
  ["localhost:3000", "/s/acme", { kind: "not-found", reason: "internal-path" }],
  ["localhost:3000", "/d/acme/members", { kind: "not-found", reason: "internal-path" }],
  ["admin.localhost:3000", "/s/acme", { kind: "not-found", reason: "internal-path" }],
  // hosts that are not hosts
  [null, "/", { kind: "not-found", reason: "bad-host" }],
  ["", "/", { kind: "not-found", reason: "bad-host" }],
  ["evil.com/acme", "/", { kind: "not-found", reason: "bad-host" }],
  ["acme.localhost:3000@evil.com", "/", { kind: "not-found", reason: "bad-host" }],
  ["acme localhost", "/", { kind: "not-found", reason: "bad-host" }],
  ["nohost", "/", { kind: "not-found", reason: "unknown-host" }],
];

describe("classify(host, path)", () => {
  it.each(rows)("%s %s", (host, path, expected, root = ROOT) => {
    expect(classify(host, path, root)).toEqual(expected);
  });
});

describe("development hosts (loopback and the LAN address next dev prints)", () => {
  const dev = { dev: true };
  it.each(["127.0.0.1:3000", "127.0.0.1", "[::1]:3000", "192.168.1.23:3000", "10.0.0.5:3000", "172.20.1.2:3000", "169.254.3.4:3000", "[fd12:3456::1]:3000", "[fe80::1]:3000"])(
    "%s serves the root site in development",
    (host) => {
      expect(classify(host, "/", ROOT, dev)).toEqual({ kind: "root", path: "/" });
      expect(classify(host, "/admin/stores", ROOT, dev)).toEqual({ kind: "console", path: "/stores", base: "/admin" });
      expect(classify(host, "/stores/acme/shop", ROOT, dev)).toEqual({ kind: "storefront", slug: "acme", path: "/", base: "/stores/acme/shop", mode: "path" });
      // The internal segments stay unreachable.
      expect(classify(host, "/s/acme", ROOT, dev)).toEqual({ kind: "not-found", reason: "internal-path" });
    },
  );
  it("outside development an address is nobody's root site", () => {
    expect(classify("127.0.0.1:3000", "/", ROOT)).toEqual({ kind: "custom-domain", domain: "127.0.0.1", path: "/" });
    expect(classify("[::1]:3000", "/", ROOT)).toEqual({ kind: "not-found", reason: "unknown-host" });
  });
  it.each(["8.8.8.8", "172.32.0.1", "192.169.0.1", "11.0.0.1", "[2001:db8::1]", "example.com", "256.1.1.1"])("%s is not a development host", (host) => {
    expect(isDevRootAddress(host)).toBe(false);
    expect(classify(host, "/", ROOT, { dev: true }).kind).not.toBe("root");
  });
});

describe("normalizeHost", () => {
  it("drops port, case and trailing dots", () => {
    expect(normalizeHost("ACME.Localhost.:3000")).toBe("acme.localhost");
  });
  it("turns internationalised names into punycode", () => {
    expect(normalizeHost("Bücher.example")).toBe("xn--bcher-kva.example");
  });
  it("refuses values that are not host names", () => {
    for (const bad of ["", " ", "a b", "x/y", "a@b", "a\\b", "a..b"]) expect(normalizeHost(bad)).toBeNull();
  });
});
