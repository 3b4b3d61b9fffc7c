import "server-only";
import { headers } from "next/headers";
import { NONCE_HEADER } from "./nonce-header";

/**
 * This request's CSP nonce (set by the proxy), for any <Script nonce> a page
 * adds. Next itself reads the same nonce from the request's CSP header for its
 * own scripts. Reading it makes the page render per request, which a nonce
 * needs: a page prerendered at build time would carry no nonce and its
 * scripts would be refused (docs/decisions/0009-security-headers.md).
 */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
