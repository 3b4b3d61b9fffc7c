import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { classify } from "@/lib/tenancy/classify";
import { findSlugByDomain } from "@/lib/tenancy/lookup";
import { storefrontUrl } from "@/lib/tenancy/urls";

/**
 * The origin the customer is using for this store (subdomain, the root host in
 * path mode, or one of the store's verified custom domains), for absolute
 * links that must come back to the same place: the payment provider's return
 * URLs. The Host header counts only when it routes to this very store;
 * anything else falls back to the canonical subdomain.
 */
export async function storefrontOrigin(slug: string): Promise<string> {
  const host = (await headers()).get("host");
  const { ROOT_DOMAIN, PUBLIC_PROTOCOL } = env();
  const route = classify(host, "/", ROOT_DOMAIN);
  const ours =
    (route.kind === "storefront" && route.slug === slug) ||
    route.kind === "root" ||
    (route.kind === "custom-domain" && (await findSlugByDomain(route.domain)) === slug);
  if (host && ours && /^[a-z0-9.:-]+$/i.test(host)) return `${PUBLIC_PROTOCOL}://${host.toLowerCase()}`;
  return new URL(storefrontUrl(slug)).origin;
}
