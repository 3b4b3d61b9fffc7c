import "server-only";
import { limiter } from "@/lib/limits/limiter";
import { PLANS, type PlanId } from "@/lib/plans/plans";

/*
 * API request limits by plan, a minute window, counted per store: every key of
 * a store spends from the store's one budget (a second key must not double
 * the plan's limit). Platform keys belong to no store and count per key.
 * Counts are shared by every instance (lib/limits/limiter.ts); if the shared
 * store is down the limit stays open, counted per instance meanwhile: the key
 * was authenticated already, and the limit is about fairness, not secrecy.
 */

export const PLATFORM_KEY_PER_MINUTE = 600;

export type RateDecision = { allowed: true; remaining: number; limit: number } | { allowed: false; retryAfterSeconds: number; limit: number };

/** Spends one request: from the store's budget for a store's request, from the key's own for a platform key. */
export async function consumeApiRequest(who: { storeId: string; plan: PlanId } | { platformKeyId: string }): Promise<RateDecision> {
  const [plan, key] = "storeId" in who ? [who.plan, who.storeId] : (["platform", who.platformKeyId] as const);
  const points = plan === "platform" ? PLATFORM_KEY_PER_MINUTE : PLANS[plan].limits.apiRequestsPerMinute;
  const res = await limiter({ name: `api:${plan}`, points, durationSeconds: 60, whenDown: "open" }).spend(key);
  return { ...res, limit: points };
}
