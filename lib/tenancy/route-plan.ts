import "server-only";
import { classify, type Route } from "./classify";
import { env } from "@/lib/env";
import { findSlugByDomain, findStoreBySlug, isServing, type StoreRef } from "./lookup";
import { apexOfWww } from "@/lib/domains/verification";

/*
 * What routing does with a classified request (docs/contract.md §1), decided
 * once for both places that carry it out: proxy.ts, and the HTTP server's
 * front door for page loads (lib/http/front-door.ts). Every page, action and
 * handler behind it resolves the store and checks access again: routing is
 * never the only guard (CVE-2025-29927).
 */

export type RoutePlan =
  /** Serve the path as it is (root pages, the API). */
  | { kind: "pass" }
  /**
   * Serve an internal route: `path` is the route segment, `base` the URL
   * prefix links are built from, `store` the routed store's slug, `status`
   * set when the page is not a plain 200 (a storefront that is not serving).
   */
  | { kind: "rewrite"; path: string; base?: string; store?: string; status?: number }
  /** www.shop.example → shop.example when only the apex is connected. */
  | { kind: "redirect"; hostname: string }
  /** Any path no route matches; `store` when it is the store that is unknown. */
  | { kind: "not-found"; store: boolean };

/** True when the path has a malformed %-escape, which Next's route params would turn into a 500. */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** Host + path → route, with this server's root domain; null for a malformed path. */
export function routeOf(host: string | null | undefined, pathname: string): Route | null {
  if (malformedPath(pathname)) return null;
  return classify(host, pathname, env().ROOT_DOMAIN, { dev: process.env.NODE_ENV === "development" });
}

const join = (prefix: string, path: string) => (path === "/" ? prefix : `${prefix}${path}`);

/**
 * A storefront that is not open still renders its status page, but with a
 * status code that tells crawlers and monitors it is not serving: 403 for a
 * pending or suspended store (docs/decisions/0001-store-status-codes.md).
 */
const storefrontStatus = (store: StoreRef) => (isServing(store) ? undefined : 403);

/** The plan for a request; null is a path that could not be classified (a malformed %-escape). */
export async function planRoute(route: Route | null): Promise<RoutePlan> {
  if (!route) return { kind: "not-found", store: false };
  switch (route.kind) {
    case "api":
    case "root":
      return { kind: "pass" };
    case "console":
      return { kind: "rewrite", path: join("/admin", route.path), base: route.base };
    case "storefront":
    case "dashboard": {
      // A cached lookup, so an unknown store gets a real 404 ("store not found").
      const store = await findStoreBySlug(route.slug);
      if (!store || store.status === "rejected") return { kind: "not-found", store: true };
      // The store this request is for, from host and path only: server actions
      // act on this store, never on one named in the form (lib/actions/action.ts).
      if (route.kind === "dashboard") return { kind: "rewrite", path: join(`/d/${route.slug}`, route.path), base: route.base, store: route.slug };
      return { kind: "rewrite", path: join(`/s/${route.slug}`, route.path), base: route.base, store: route.slug, status: storefrontStatus(store) };
    }
    case "custom-domain": {
      const slug = await findSlugByDomain(route.domain);
      const apex = slug ? null : apexOfWww(route.domain);
      if (apex && (await findSlugByDomain(apex))) return { kind: "redirect", hostname: apex };
      const store = slug ? await findStoreBySlug(slug) : null;
      if (!store || store.status === "rejected") return { kind: "not-found", store: true };
      return { kind: "rewrite", path: join(`/s/${store.slug}`, route.path), base: "", store: store.slug, status: storefrontStatus(store) };
    }
    case "not-found":
      return { kind: "not-found", store: false };
  }
}
