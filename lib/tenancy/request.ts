import "server-only";
import { headers } from "next/headers";

/**
 * The URL prefix of the current store or console, as the proxy found it:
 * "" on a subdomain, "/stores/acme/shop" in path mode, and so on. Links are
 * built from it so the same page works in every routing mode. The proxy drops
 * any client-sent x-plaza-* header, so this value is always the proxy's.
 */
export async function requestBase(): Promise<string> {
  const value = (await headers()).get("x-plaza-base") ?? "";
  // Only ever a path prefix: never let it turn a link into another origin.
  return /^(\/[a-z0-9-]+)*$/.test(value) ? value : "";
}

export function href(base: string, path: string): string {
  if (path === "/") return base === "" ? "/" : base;
  return `${base}${path}`;
}
