import "server-only";
import { headers } from "next/headers";

/**
 * The client's address: X-Forwarded-For, which scripts/serve.mjs has already
 * replaced with the socket address, or the address a trusted proxy vouched for
 * (lib/http/forwarded.ts) — never what the client itself sent. Next has no
 * socket address in server actions, hence the header.
 */
export async function clientIp(): Promise<string> {
  return ((await headers()).get("x-forwarded-for") ?? "").split(",")[0]!.trim() || "unknown";
}
