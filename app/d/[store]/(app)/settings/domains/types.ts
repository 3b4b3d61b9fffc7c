import type { DnsInstructions, DomainStatus } from "@/lib/domains/verification";

/** A domain as the client sees it (dates as ISO strings, so it survives any transport). */
export type DomainView = {
  id: string;
  domain: string;
  status: DomainStatus;
  createdAt: string;
  verifiedAt: string | null;
  lastCheckedAt: string | null;
  failedChecks: number;
  apex: string | null;
  isApex: boolean;
  dns: DnsInstructions;
};
