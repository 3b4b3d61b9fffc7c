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

/** `resetSeconds`: until the current window ends (x-ratelimit-reset). */
export type RateDecision = { allowed: true; remaining: number; limit: number; resetSeconds: number } | { allowed: false; retryAfterSeconds: number; limit: number };

/** Spends one request: from the store's budget for a store's request, from the key's own for a platform key. */
export async function consumeApiRequest(who: { storeId: string; plan: PlanId } | { platformKeyId: string }): Promise<RateDecision> {
  const [plan, key] = "storeId" in who ? [who.plan, who.storeId] : (["platform", who.platformKeyId] as const);
  const points = plan === "platform" ? PLATFORM_KEY_PER_MINUTE : PLANS[plan].limits.apiRequestsPerMinute;
  const l = limiter({ name: `api:${plan}`, points, durationSeconds: 60, whenDown: "open" });
  const res = await l.spend(key);
  if (!res.allowed) return { ...res, limit: points };
  return { ...res, limit: points, resetSeconds: (await l.status(key)).resetsInSeconds };
}

/** The x-ratelimit-* headers every /api/v1 answer carries (a refusal has remaining 0 and Retry-After). */
export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  return d.allowed
    ? { "x-ratelimit-limit": String(d.limit), "x-ratelimit-remaining": String(d.remaining), "x-ratelimit-reset": String(d.resetSeconds) }
    : { "x-ratelimit-limit": String(d.limit), "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(d.retryAfterSeconds), "retry-after": String(d.retryAfterSeconds) };
}
