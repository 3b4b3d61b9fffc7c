import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { classify } from "./classify";
import { findSlugByDomain } from "./lookup";
import { requestBase } from "./request";
import { rootUrl, storefrontUrl } from "./urls";

/**
 * The absolute prefix (origin + routing base) of the place this request came
 * through, for a link in a mail the reader asked for from there (password
 * reset, email verification): `http://acme.ROOT/dashboard`,
 * `http://ROOT/store/acme`, `http://ROOT/stores/acme/shop`,
 * `https://shop.example`. So the link works in every routing mode and comes
 * back to the same host, whose session it then makes.
 *
 * The Host header counts only when it routes to this very store (or is the
 * root host, in path mode, or one of the store's verified domains): a forged
 * Host cannot put another origin into a mail. Anything else falls back to the
 * canonical place (the store's subdomain, or the root).
 */
export async function linkPrefix(slug: string | null, area: "storefront" | "dashboard" | "root"): Promise<string> {
  const host = (await headers()).get("host");
  const { ROOT_DOMAIN, PUBLIC_PROTOCOL } = env();
  const route = classify(host, area === "dashboard" ? "/dashboard" : "/", ROOT_DOMAIN);
  const base = await requestBase();
  const fallback = area === "root" || !slug ? rootUrl("").replace(/\/$/, "") : area === "dashboard" ? `${new URL(storefrontUrl(slug)).origin}/dashboard` : new URL(storefrontUrl(slug)).origin;
  if (!host || !/^[a-z0-9.:-]+$/i.test(host)) return fallback;
  const origin = `${PUBLIC_PROTOCOL}://${host.toLowerCase()}`;
  if (area === "root") return route.kind === "root" ? origin : fallback;
  if (!slug) return fallback;
  const expectedBase = area === "dashboard" ? [`/dashboard`, `/store/${slug}`] : ["", `/stores/${slug}/shop`];
  if (!expectedBase.includes(base)) return fallback;
  const ours =
    ((route.kind === "storefront" || route.kind === "dashboard") && route.slug === slug) ||
    (route.kind === "root" && base !== "" && base !== "/dashboard") ||
    (area === "storefront" && route.kind === "custom-domain" && (await findSlugByDomain(route.domain)) === slug);
  return ours ? `${origin}${base}` : fallback;
}
