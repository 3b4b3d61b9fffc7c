import { BlockList, isIP } from "node:net";
import type { IncomingHttpHeaders } from "node:http";

/*
 * Who is the client, and which forwarded headers may speak for it
 * (docs/decisions/0012-security-review.md). The HTTP server (scripts/serve.mjs)
 * applies this to every request before Next.js sees it:
 * - from a peer that is not a trusted proxy (PLAZA_TRUSTED_PROXIES; none by
 *   default), every X-Forwarded-* / Forwarded / X-Real-IP header the client
 *   sent is dropped, and X-Forwarded-For becomes the socket's address;
 * - from a trusted proxy, X-Forwarded-For is walked from the right past the
 *   trusted hops to the first address they vouch for; the proxy's
 *   X-Forwarded-Proto/-Host are kept.
 * So app code may read X-Forwarded-For's single entry as the client address
 * (rate limits), and next-auth's origin cannot be chosen by the client.
 * Pure and free of server-only: the server script imports it.
 */

const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for", "forwarded", "x-real-ip"] as const;

/** `::ffff:10.0.0.1` → `10.0.0.1`, so one address has one spelling in limits and lists. */
export function normalAddress(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith("::ffff:") && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

/** Parses `10.0.0.0/8, 127.0.0.1, ::1`; throws naming the setting on a bad entry. */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (value ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [addr, bits] = raw.split("/") as [string, string | undefined];
    const family = isIP(addr);
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
    if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      throw new Error(`PLAZA_TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, ::1).`);
    }
    list.addSubnet(normalAddress(addr), prefix, family === 6 ? "ipv6" : "ipv4");
  }
  return list;
}

function trustedBy(list: BlockList, address: string): boolean {
  const a = normalAddress(address);
  const family = isIP(a);
  return family !== 0 && list.check(a, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address as app code reads it: the single X-Forwarded-For entry
 * that sanitizeForwarded left (its first, should a chain ever get through), or
 * "unknown". The one reader of the header: server actions (lib/auth/client-ip.ts)
 * and next-auth's authorize (lib/auth/options.ts) both go through it.
 */
export function clientAddress(forwardedFor: string | null | undefined): string {
  return (forwardedFor ?? "").split(",")[0]!.trim() || "unknown";
}

/** Rewrites one request's forwarded headers in place (see the comment above); returns the client address. */
export function sanitizeForwarded(headers: IncomingHttpHeaders, peer: string | undefined, trusted: BlockList): string {
  const socket = normalAddress(peer ?? "") || "unknown";
  let client = socket;
  if (trustedBy(trusted, socket)) {
    const raw = headers["x-forwarded-for"];
    const chain = (Array.isArray(raw) ? raw.join(",") : (raw ?? "")).split(",").map(normalAddress).filter(Boolean);
    // Right to left: each trusted hop vouches for the address before it.
    for (let i = chain.length - 1; i >= 0; i--) {
      client = chain[i]!;
      if (!trustedBy(trusted, client)) break;
    }
  } else {
    for (const name of FORWARDED) delete headers[name];
  }
  headers["x-forwarded-for"] = client;
  return client;
}
