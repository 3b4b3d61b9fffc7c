import { z } from "zod";

/** docs/contract.md §1: 3–50 characters, lower case, digits and inner hyphens. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$/;

/**
 * Words that are, or may become, platform hosts or top-level paths. A store
 * named `admin` or `api` would shadow the console or the API on its subdomain.
 */
export const RESERVED_SLUGS = new Set([
  "admin", "www", "api", "app", "static", "assets", "mail", "store", "stores", "signup", "login",
  "logout", "pending", "dashboard", "account", "auth", "billing", "blog", "cdn", "dev", "docs",
  "help", "img", "images", "media", "ns1", "ns2", "platform", "plaza", "root", "smtp", "ftp",
  "staging", "status", "support", "test", "email", "console", "internal", "shop", "checkout",
  "cart", "orders", "products", "settings", "health", "public", "localhost",
]);

export type SlugProblem = "format" | "reserved";

/** Why a slug cannot be used, or null when it can. Case matters: slugs are lower case. */
export function slugProblem(slug: string): SlugProblem | null {
  if (!SLUG_PATTERN.test(slug)) return "format";
  // "xn--" labels are punycode for other names: refusing them keeps a slug from
  // impersonating an internationalised host.
  if (RESERVED_SLUGS.has(slug) || slug.startsWith("xn--")) return "reserved";
  return null;
}

export function isValidSlug(slug: string): boolean {
  return slugProblem(slug) === null;
}

/** For forms: normalises case and spaces, and explains a refusal in words. */
export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((value, ctx) => {
    const problem = slugProblem(value);
    if (problem === "format") {
      ctx.addIssue({
        code: "custom",
        message: "Use 3–50 lower-case letters, digits or hyphens, starting and ending with a letter or digit.",
      });
    } else if (problem === "reserved") {
      ctx.addIssue({ code: "custom", message: `“${value}” is reserved by Plaza. Please choose another address.` });
    }
  });
