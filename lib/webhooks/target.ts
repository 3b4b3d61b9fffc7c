import "server-only";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { BlockList, isIP } from "node:net";

/*
 * Where a webhook goes, safe against DNS rebinding (decision 0024): the
 * endpoint's host is resolved once, every address it resolves to is checked
 * (a private one refuses the delivery unless PLAZA_WEBHOOKS_ALLOW_PRIVATE),
 * and the connection is made to that same checked address. The request still
 * names the host (Host header, TLS SNI and certificate check), so virtual
 * hosts and HTTPS work; only the second DNS answer a rebinding server would
 * give is never asked for. node:http rather than fetch: its `lookup` option
 * pins the address; fetch (undici) takes a dispatcher from its own package.
 */

/** Resolves a host name to its addresses (dns.lookup; tests pass their own). */
export type Resolve = (host: string) => Promise<string[]>;

export const systemResolve: Resolve = async (host) => (await lookup(host, { all: true })).map((a) => a.address);

/** Loopback, private, link-local, CGNAT, multicast/reserved and unspecified ranges: never a webhook's destination. */
const INTERNAL = new BlockList();
for (const [net, prefix] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.168.0.0", 16], ["224.0.0.0", 3]] as const) {
  INTERNAL.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8]] as const) INTERNAL.addSubnet(net, prefix, "ipv6");

/** The IPv4 address inside an IPv4-mapped IPv6 one, in either spelling (`::ffff:127.0.0.1`, `::ffff:7f00:1`). */
function unmapped(ip: string): string {
  const m = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(.+)$/i.exec(ip);
  if (!m) return ip;
  const rest = m[1]!;
  if (isIP(rest) === 4) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!hex) return ip;
  const [hi, lo] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** True for loopback, private, link-local, CGNAT, multicast/reserved and unspecified addresses (v4 and v6, v4-mapped in either spelling). */
export function isPrivateAddress(ip: string): boolean {
  const addr = unmapped(ip);
  const family = isIP(addr);
  if (family === 0) return true; // not an address at all: never a destination
  return INTERNAL.check(addr, family === 4 ? "ipv4" : "ipv6");
}

export type Pinned = { ok: true; host: string; address: string; family: 4 | 6 } | { ok: false; error: string };

/** The one address a delivery to `url` connects to, or why there is none. */
export async function pinTarget(url: string, allowPrivate: boolean, resolve: Resolve = systemResolve): Promise<Pinned> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, error: "The endpoint URL is not valid." };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return { ok: false, error: "Webhooks go to http or https URLs only." };
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : await resolve(host).catch(() => [] as string[]);
  if (addresses.length === 0) return { ok: false, error: `The host ${host} does not resolve.` };
  // Every answer is checked, not just the one used: a name that also points inside is refused.
  if (!allowPrivate && addresses.some(isPrivateAddress)) return { ok: false, error: `The host ${host} resolves to an internal address; webhooks go to public addresses only.` };
  const address = addresses[0]!;
  return { ok: true, host, address, family: isIP(address) === 6 ? 6 : 4 };
}

/** Why this URL may not be called from the server (it does not resolve, or to an internal address), or null. */
export async function targetProblem(url: string, allowPrivate: boolean, resolve: Resolve = systemResolve): Promise<string | null> {
  if (allowPrivate) return null;
  const pinned = await pinTarget(url, allowPrivate, resolve);
  return pinned.ok ? null : pinned.error;
}

export type PostResult = { status: number | null; body: string | null; error: string | null };

const KEEP_BYTES = 1000;

/** POSTs `body` to `url`, connecting only to `pinned.address`; the status and the first 1000 bytes of the answer. Redirects are not followed. */
export function postPinned(url: string, pinned: Extract<Pinned, { ok: true }>, headers: Record<string, string>, body: string, timeoutMs: number): Promise<PostResult> {
  const target = new URL(url);
  const pinnedLookup: LookupFunction = (_host, options, callback) => {
    // net asks with `all: true` when it may try several families (autoSelectFamily): one answer, the checked one.
    if ((options as { all?: boolean }).all) (callback as unknown as (err: null, all: Array<{ address: string; family: number }>) => void)(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: PostResult) => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    const req = client.request(
      target,
      {
        method: "POST",
        lookup: pinnedLookup,
        signal: AbortSignal.timeout(timeoutMs),
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        res.on("data", (c: Buffer) => {
          if (kept < KEEP_BYTES) {
            chunks.push(c);
            kept += c.length;
          }
          if (kept >= KEEP_BYTES) res.destroy(); // enough of the answer for the log
        });
        const finish = () => {
          const status = res.statusCode ?? null;
          const ok = status !== null && status >= 200 && status < 300;
          done({ status, body: Buffer.concat(chunks).toString("utf8").slice(0, KEEP_BYTES), error: ok ? null : `The receiver answered ${status}.` });
        };
        res.on("end", finish);
        res.on("close", finish);
        res.on("error", finish);
      },
    );
    req.on("error", (err: Error & { code?: string }) => {
      done({ status: null, body: null, error: err.name === "AbortError" || err.name === "TimeoutError" ? `No answer within ${timeoutMs / 1000} s.` : `Could not connect (${err.code ?? err.name ?? "error"}).` });
    });
    req.end(body);
  });
}
