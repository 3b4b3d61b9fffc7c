import { isValidSlug } from "./slug";

/*
 * Host + path → what Plaza serves, exactly as docs/contract.md §1. Pure: no I/O, so
 * the unit tests call it row by row. proxy.ts turns the result into a rewrite.
 */

export type Route =
  | { kind: "root"; path: string }
  | { kind: "console"; path: string; base: string }
  | { kind: "storefront"; slug: string; path: string; base: string; mode: "subdomain" | "path" }
  | { kind: "dashboard"; slug: string; path: string; base: string; mode: "subdomain" | "path" }
  | { kind: "custom-domain"; domain: string; path: string }
  | { kind: "api"; path: string }
  | { kind: "not-found"; reason: "bad-slug" | "reserved-host" | "internal-path" | "bad-host" | "unknown-host" };

/** Route segments that only the proxy's rewrites may reach. */
export const INTERNAL_PREFIXES = ["/s/", "/d/"] as const;

/**
 * Lower-cases, drops the port and a trailing dot, and turns an
 * internationalised name into its punycode (what the DNS and the database
 * hold). Returns null when the value is not a host name at all.
 */
export function normalizeHost(rawHost: string | null | undefined): string | null {
  if (!rawHost) return null;
  const trimmed = rawHost.trim();
  if (trimmed === "" || /[\s/?#@\\]/.test(trimmed)) return null;
  let hostname: string;
  try {
    hostname = new URL(`http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  hostname = hostname.replace(/\.+$/, "");
  if (hostname === "" || hostname.startsWith("[")) return hostname === "" ? null : hostname;
  if (!/^[a-z0-9.-]+$/.test(hostname) || hostname.includes("..")) return null;
  return hostname;
}

function isInternal(path: string): boolean {
  return INTERNAL_PREFIXES.some((p) => path === p.slice(0, -1) || path.startsWith(p));
}

/** "/stores/acme/shop/cart" with prefix "/stores/acme/shop" → "/cart"; exact → "/". */
function rest(path: string, prefix: string): string {
  const tail = path.slice(prefix.length);
  return tail === "" ? "/" : tail;
}

function underPrefix(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

function rootPaths(path: string): Route {
  if (isInternal(path)) return { kind: "not-found", reason: "internal-path" };
  if (underPrefix(path, "/admin")) return { kind: "console", path: rest(path, "/admin"), base: "/admin" };

  // /stores/{slug}/shop/… — storefront in path mode.
  const shop = /^\/stores\/([^/]+)\/shop(\/.*)?$/.exec(path);
  if (shop) {
    const slug = decodeSlug(shop[1]!);
    if (!slug) return { kind: "not-found", reason: "bad-slug" };
    return { kind: "storefront", slug, path: shop[2] ?? "/", base: `/stores/${slug}/shop`, mode: "path" };
  }
  if (underPrefix(path, "/stores")) return { kind: "not-found", reason: "bad-slug" };

  // /store/{slug}/… — dashboard in path mode.
  const dash = /^\/store\/([^/]+)(\/.*)?$/.exec(path);
  if (dash) {
    const slug = decodeSlug(dash[1]!);
    if (!slug) return { kind: "not-found", reason: "bad-slug" };
    return { kind: "dashboard", slug, path: dash[2] ?? "/", base: `/store/${slug}`, mode: "path" };
  }
  if (underPrefix(path, "/store")) return { kind: "not-found", reason: "bad-slug" };

  return { kind: "root", path };
}

/** A slug from a URL: case-folded (slugs are case-insensitive), or null. */
function decodeSlug(segment: string): string | null {
  let value: string;
  try {
    value = decodeURIComponent(segment).toLowerCase();
  } catch {
    return null;
  }
  return isValidSlug(value) ? value : null;
}

/**
 * In development the root site also answers on loopback and private-network
 * addresses: http://127.0.0.1:3000, http://[::1]:3000 and the "Network:"
 * address `next dev` prints (192.168.x.y, 10.x.y.z, …) would otherwise be
 * looked up as custom domains and answer "Store not found". Never in
 * production, where an address is nobody's domain.
 */
export function isDevRootAddress(host: string): boolean {
  if (host === "localhost") return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    if (v4.slice(1).some((o) => Number(o) > 255)) return false;
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  const v6 = /^\[([0-9a-f:.]+)\]$/.exec(host);
  if (!v6) return false;
  const addr = v6[1]!;
  // ::1 loopback, fc00::/7 unique local, fe80::/10 link-local.
  return addr === "::1" || /^f[cd][0-9a-f]{0,2}:/.test(addr) || /^fe[89ab][0-9a-f]?:/.test(addr);
}

export type ClassifyOptions = { /** `next dev`: loopback and LAN addresses serve the root site. */ dev?: boolean };

export function classify(rawHost: string | null | undefined, pathname: string, rootDomain: string, options: ClassifyOptions = {}): Route {
  const path = pathname.startsWith("/") ? pathname : `/${pathname}`;
  // Health and the API answer on every host; their handlers resolve the store themselves.
  if (underPrefix(path, "/api")) return { kind: "api", path };

  const host = normalizeHost(rawHost);
  const root = normalizeHost(rootDomain);
  if (!host || !root) return { kind: "not-found", reason: "bad-host" };

  if (host === root || host === `www.${root}`) return rootPaths(path);
  if (options.dev && isDevRootAddress(host)) return rootPaths(path);

  if (host.endsWith(`.${root}`)) {
    const label = host.slice(0, -(root.length + 1));
    if (label === "admin") {
      if (isInternal(path)) return { kind: "not-found", reason: "internal-path" };
      return { kind: "console", path, base: "" };
    }
    // Only one label: a.b.ROOT is nobody's store.
    if (label.includes(".")) return { kind: "not-found", reason: "unknown-host" };
    if (!isValidSlug(label)) return { kind: "not-found", reason: "reserved-host" };
    if (underPrefix(path, "/dashboard")) {
      return { kind: "dashboard", slug: label, path: rest(path, "/dashboard"), base: "/dashboard", mode: "subdomain" };
    }
    return { kind: "storefront", slug: label, path, base: "", mode: "subdomain" };
  }

  // Anything else may be a store's custom domain; only a verified one serves.
  if (!host.includes(".")) return { kind: "not-found", reason: "unknown-host" };
  return { kind: "custom-domain", domain: host, path };
}
