import "server-only";
import { readFile } from "node:fs/promises";
import { Resolver } from "node:dns/promises";
import { env } from "@/lib/env";
import type { DnsResolver } from "./verification";

/**
 * Node's resolver in production. With PLAZA_DNS_FAKE_FILE set (the e2e test
 * server), answers come from that JSON file — { "txt": { name: [[chunks]] },
 * "cname": { name: [targets] } } — read on every lookup so a test can publish
 * a record mid-run.
 */
export function dnsResolver(): DnsResolver {
  const fake = env().PLAZA_DNS_FAKE_FILE;
  if (fake) return fileResolver(fake);
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  return { resolveTxt: (n) => resolver.resolveTxt(n), resolveCname: (n) => resolver.resolveCname(n) };
}

function fileResolver(file: string): DnsResolver {
  const load = async () => {
    try {
      return JSON.parse(await readFile(file, "utf8")) as { txt?: Record<string, string[][]>; cname?: Record<string, string[]> };
    } catch {
      return {};
    }
  };
  const notFound = () => Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" });
  return {
    resolveTxt: async (n) => (await load()).txt?.[n] ?? Promise.reject(notFound()),
    resolveCname: async (n) => (await load()).cname?.[n] ?? Promise.reject(notFound()),
  };
}

export function cnameTarget(): string {
  return env().DOMAIN_CNAME_TARGET ?? `cname.${env().ROOT_DOMAIN.replace(/:\d+$/, "")}`;
}
