import "server-only";
import { headers } from "next/headers";
import { isValidSlug } from "./slug";

/**
 * The slug of the store the proxy routed this request to, or null on root and
 * console hosts. The proxy strips any client-sent x-plaza-* header, so this is
 * always derived from the request's host and path.
 */
export async function requestStoreSlug(): Promise<string | null> {
  const slug = (await headers()).get("x-plaza-store");
  return slug && isValidSlug(slug) ? slug : null;
}
