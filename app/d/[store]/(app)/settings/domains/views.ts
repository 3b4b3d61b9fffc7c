import "server-only";
import { db } from "@/lib/db/client";
import { listDomains } from "@/lib/domains/domains";
import { cnameTarget } from "@/lib/domains/resolver";
import { apexOfWww, dnsInstructions } from "@/lib/domains/verification";
import type { DomainView } from "./types";

/** What the domains page shows of each domain, with the DNS records an owner must publish. */
export async function domainViews(storeId: string): Promise<DomainView[]> {
  const target = cnameTarget();
  const rows = await listDomains(db(), storeId);
  return rows.map((d) => ({
    id: d.id,
    domain: d.domain,
    status: d.status,
    createdAt: d.createdAt.toISOString(),
    verifiedAt: d.verifiedAt?.toISOString() ?? null,
    lastCheckedAt: d.lastCheckedAt?.toISOString() ?? null,
    failedChecks: d.failedChecks,
    apex: apexOfWww(d.domain),
    // An apex (example.com) cannot hold a CNAME; the page explains ALIAS/ANAME.
    isApex: d.domain.split(".").length === 2,
    dns: dnsInstructions(d.domain, d.verificationToken, target),
  }));
}
