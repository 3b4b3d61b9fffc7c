import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/forwarded";

/**
 * The client's address: X-Forwarded-For, which scripts/serve.mjs has already
 * replaced with the socket address, or the address a trusted proxy vouched for
 * (lib/http/forwarded.ts) — never what the client itself sent. Next has no
 * socket address in server actions, hence the header.
 */
export async function clientIp(): Promise<string> {
  return clientAddress((await headers()).get("x-forwarded-for"));
}
