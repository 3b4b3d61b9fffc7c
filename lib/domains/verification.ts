import "server-only";
import { randomBytes } from "node:crypto";
import { normalizeHost } from "@/lib/tenancy/classify";

/*
 * Custom domains: what a store owner must publish, how we check it, and how a
 * domain's state moves. DNS goes through an injectable resolver (Node's
 * dns.promises.Resolver in production) so tests use a fake one.
 */

export type DnsResolver = {
  resolveTxt(name: string): Promise<string[][]>;
  resolveCname(name: string): Promise<string[]>;
};

export type DomainStatus = "pending" | "verified" | "misconfigured";

/** Failed re-checks of a verified domain before it is marked misconfigured. */
export const FAILED_CHECKS_BEFORE_MISCONFIGURED = 3;

export const TXT_PREFIX = "_plaza-verification";

export function newVerificationToken(): string {
  return `plaza-verify=${randomBytes(18).toString("base64url")}`;
}

export type DomainInputProblem = "invalid" | "platform" | "ip";

/**
 * A domain as typed by an owner ("https://Shop.Example.com/"), normalised to
 * what the proxy sees, or the reason it cannot be used.
 */
export function parseDomainInput(input: string, rootDomain: string): { domain: string } | { problem: DomainInputProblem } {
  const stripped = input.trim().replace(/^[a-z]+:\/\//i, "").replace(/[/?#].*$/, "");
  const domain = normalizeHost(stripped);
  if (!domain || !domain.includes(".") || domain.length > 253) return { problem: "invalid" };
  if (/^\d+(\.\d+){3}$/.test(domain) || domain.startsWith("[")) return { problem: "ip" };
  if (domain.split(".").some((label) => label.length === 0 || label.length > 63 || label.startsWith("-") || label.endsWith("-"))) {
    return { problem: "invalid" };
  }
  const root = normalizeHost(rootDomain);
  if (root && (domain === root || domain.endsWith(`.${root}`))) return { problem: "platform" };
  return { domain };
}

/** The apex a `www.` domain belongs to, or null for any other domain. */
export function apexOfWww(domain: string): string | null {
  return domain.startsWith("www.") && domain.split(".").length >= 3 ? domain.slice(4) : null;
}

export type DnsInstructions = { txt: { name: string; value: string }; cname: { name: string; target: string } };

export function dnsInstructions(domain: string, token: string, cnameTarget: string): DnsInstructions {
  return { txt: { name: `${TXT_PREFIX}.${domain}`, value: token }, cname: { name: domain, target: cnameTarget } };
}

export type DnsCheck = { txtFound: boolean; cnameOk: boolean; error?: string };

/**
 * Looks up the TXT record (ownership) and the CNAME (routing). A lookup that
 * fails (NXDOMAIN, timeout) counts as "not found", never as an exception.
 */
export async function checkDns(resolver: DnsResolver, domain: string, token: string, cnameTarget: string): Promise<DnsCheck> {
  const [txt, cname] = await Promise.allSettled([resolver.resolveTxt(`${TXT_PREFIX}.${domain}`), resolver.resolveCname(domain)]);
  const txtFound = txt.status === "fulfilled" && txt.value.some((chunks) => chunks.join("") === token);
  const target = cnameTarget.replace(/\.$/, "").toLowerCase();
  const cnameOk = cname.status === "fulfilled" && cname.value.some((v) => v.replace(/\.$/, "").toLowerCase() === target);
  const error = txt.status === "rejected" ? String((txt.reason as { code?: string })?.code ?? "lookup failed") : undefined;
  return { txtFound, cnameOk, error };
}

/**
 * The next state after a check. Ownership (the TXT record) decides: found →
 * verified; a verified domain that fails FAILED_CHECKS_BEFORE_MISCONFIGURED
 * re-checks in a row becomes misconfigured (and stops serving); a pending one
 * stays pending.
 */
export function nextDomainState(
  current: { status: DomainStatus; failedChecks: number },
  check: Pick<DnsCheck, "txtFound">,
): { status: DomainStatus; failedChecks: number } {
  if (check.txtFound) return { status: "verified", failedChecks: 0 };
  const failedChecks = current.failedChecks + 1;
  if (current.status === "verified") {
    return { status: failedChecks >= FAILED_CHECKS_BEFORE_MISCONFIGURED ? "misconfigured" : "verified", failedChecks };
  }
  return { status: current.status, failedChecks };
}
