import "server-only";
import { env } from "@/lib/env";
import { classify } from "@/lib/tenancy/classify";
import { findSlugByDomain, findStoreBySlug } from "@/lib/tenancy/lookup";

/**
 * True when `host` (with port, as in a Host header or URL) is one Plaza serves
 * and signs in on: the root, www. and admin. hosts, a store's own subdomain
 * (a store that exists), or a *verified* custom domain. Sign-in origins and
 * redirect targets are limited to these (docs/decisions/0012-security-review.md).
 */
export async function isPlazaHost(host: string): Promise<boolean> {
  // In development the loopback and LAN addresses are the root site (lib/tenancy/classify.ts), so one may sign in there too.
  const route = classify(host.toLowerCase(), "/", env().ROOT_DOMAIN, { dev: process.env.NODE_ENV === "development" });
  switch (route.kind) {
    case "root":
    case "console":
      return true;
    case "storefront":
    case "dashboard": {
      const store = await findStoreBySlug(route.slug);
      return store !== null && store.status !== "rejected";
    }
    case "custom-domain":
      return (await findSlugByDomain(route.domain)) !== null;
    default:
      return false;
  }
}

/**
 * next-auth's redirect rule: a relative path stays on this host; an absolute
 * URL is allowed only to a Plaza host (above); anything else goes to this
 * host's root. Closes open redirects through callbackUrl.
 */
export async function safeRedirect(url: string, baseUrl: string): Promise<string> {
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return `${baseUrl}${url}`;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return baseUrl;
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") return baseUrl;
  if (target.origin === new URL(baseUrl).origin) return target.href;
  return (await isPlazaHost(target.host)) ? target.href : baseUrl;
}
