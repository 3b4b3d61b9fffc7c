import "server-only";
import { env } from "@/lib/env";

/*
 * Canonical URLs, built from ROOT_DOMAIN — never from the request's Host
 * header, which a client controls (links in mail, redirects after login).
 */

function origin(host: string): string {
  return `${env().PUBLIC_PROTOCOL}://${host}`;
}

export function rootUrl(path = "/"): string {
  return `${origin(env().ROOT_DOMAIN)}${path}`;
}

export function consoleUrl(path = "/"): string {
  return `${origin(`admin.${env().ROOT_DOMAIN}`)}${path === "/" ? "" : path}`;
}

/** The storefront on the store's subdomain (its canonical home until it has a custom domain). */
export function storefrontUrl(slug: string, path = "/"): string {
  return `${origin(`${slug}.${env().ROOT_DOMAIN}`)}${path === "/" ? "/" : path}`;
}

export function dashboardUrl(slug: string, path = "/"): string {
  return `${origin(`${slug}.${env().ROOT_DOMAIN}`)}/dashboard${path === "/" ? "" : path}`;
}
