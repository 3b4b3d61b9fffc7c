/*
 * Plans, their limits and feature flags, in one table. Shaped after the tenant
 * service in seeds/001 (basic / premium / enterprise; members, storage, API
 * rate) and scaled to a storefront: products, custom domains and checkout
 * rate are Plaza's own. Limits are enforced on the server inside the write
 * transaction (lib/plans/limits.ts); the UI only displays them.
 */

export const PLAN_IDS = ["basic", "premium", "enterprise"] as const;
export type PlanId = (typeof PLAN_IDS)[number];

export type PlanLimits = {
  members: number;
  products: number;
  customDomains: number;
  storageBytes: number;
  apiRequestsPerMinute: number;
  checkoutsPerMinute: number;
};

export type PlanFeatures = {
  /** Logo and primary colour: every plan, so a new owner can make the store theirs on day one (issue 14). */
  branding: boolean;
  customDomain: boolean;
  /** Advanced theming, beyond logo and colour: the storefront's tagline (and what comes next). */
  themeCustomisation: boolean;
  apiAccess: boolean;
  /** The store may live on a dedicated database of its own (docs/decisions/0019); a platform admin may place any store. */
  dedicatedDatabase: boolean;
};

export type Plan = { id: PlanId; name: string; limits: PlanLimits; features: PlanFeatures };

const GB = 1024 ** 3;

export const PLANS: Record<PlanId, Plan> = {
  basic: {
    id: "basic",
    name: "Basic",
    limits: { members: 5, products: 100, customDomains: 0, storageBytes: 1 * GB, apiRequestsPerMinute: 60, checkoutsPerMinute: 30 },
    features: { branding: true, customDomain: false, themeCustomisation: false, apiAccess: false, dedicatedDatabase: false },
  },
  premium: {
    id: "premium",
    name: "Premium",
    limits: { members: 25, products: 5_000, customDomains: 2, storageBytes: 20 * GB, apiRequestsPerMinute: 600, checkoutsPerMinute: 300 },
    features: { branding: true, customDomain: true, themeCustomisation: true, apiAccess: true, dedicatedDatabase: false },
  },
  enterprise: {
    id: "enterprise",
    name: "Enterprise",
    limits: { members: 500, products: 100_000, customDomains: 20, storageBytes: 500 * GB, apiRequestsPerMinute: 6_000, checkoutsPerMinute: 3_000 },
    features: { branding: true, customDomain: true, themeCustomisation: true, apiAccess: true, dedicatedDatabase: true },
  },
};

export function plan(id: PlanId): Plan {
  return PLANS[id];
}

export type LimitKey = keyof PlanLimits;

/** "8 / 10 products" — the counter shown next to a limited resource. */
export function usageLabel(used: number, limit: number, noun: string): string {
  return `${used.toLocaleString("en-US")} / ${limit.toLocaleString("en-US")} ${noun}`;
}
