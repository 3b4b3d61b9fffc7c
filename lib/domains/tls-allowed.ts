import "server-only";
import { env } from "@/lib/env";
import { classify } from "@/lib/tenancy/classify";
import { findSlugByDomain, findStoreBySlug } from "@/lib/tenancy/lookup";
import { apexOfWww } from "./verification";

/**
 * Whether the TLS terminator in front of Plaza may get a certificate for
 * `host` (Caddy's on-demand TLS asks before each new name, deploy/Caddyfile).
 * Only names Plaza serves: the root, www and admin hosts, subdomains of stores
 * that exist, and verified custom domains (and their www form, which the proxy
 * redirects). Anything else is refused, so nobody can make the platform
 * request certificates — and spend its CA rate limit — for names pointed at it.
 */
export async function tlsAllowed(host: string): Promise<boolean> {
  const route = classify(host, "/", env().ROOT_DOMAIN);
  switch (route.kind) {
    case "root":
    case "console":
      return true;
    case "storefront": {
      const store = await findStoreBySlug(route.slug);
      return Boolean(store && store.status !== "rejected");
    }
    case "custom-domain": {
      if (await findSlugByDomain(route.domain)) return true;
      const apex = apexOfWww(route.domain);
      return Boolean(apex && (await findSlugByDomain(apex)));
    }
    default:
      return false;
  }
}
