import "server-only";
import { headers } from "next/headers";

/**
 * The client's address as far as we can know it: the first X-Forwarded-For
 * entry (Next has no socket address in server actions). A client can set that
 * header, so every limit keyed on it is paired with one that is not.
 */
export async function clientIp(): Promise<string> {
  return ((await headers()).get("x-forwarded-for") ?? "").split(",")[0]!.trim() || "unknown";
}
