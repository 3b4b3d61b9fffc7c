import "server-only";
import { limiter } from "@/lib/limits/limiter";
import { PLANS, type PlanId } from "@/lib/plans/plans";

/* Per-key request limits by plan (a minute window); counts live where lib/limits/limiter.ts keeps them. */

export const PLATFORM_KEY_PER_MINUTE = 600;

/** `resetSeconds`: until the current window ends (x-ratelimit-reset). */
export type RateDecision = { allowed: true; remaining: number; limit: number; resetSeconds: number } | { allowed: false; retryAfterSeconds: number; limit: number };

export async function consumeApiRequest(keyId: string, plan: PlanId | "platform"): Promise<RateDecision> {
  const points = plan === "platform" ? PLATFORM_KEY_PER_MINUTE : PLANS[plan].limits.apiRequestsPerMinute;
  const l = limiter({ name: `api:${plan}`, points, durationSeconds: 60 });
  const res = await l.spend(keyId);
  if (!res.allowed) return { ...res, limit: points };
  return { ...res, limit: points, resetSeconds: (await l.status(keyId)).resetsInSeconds };
}

/** The x-ratelimit-* headers every /api/v1 answer carries (a refusal has remaining 0 and Retry-After). */
export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  return d.allowed
    ? { "x-ratelimit-limit": String(d.limit), "x-ratelimit-remaining": String(d.remaining), "x-ratelimit-reset": String(d.resetSeconds) }
    : { "x-ratelimit-limit": String(d.limit), "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(d.retryAfterSeconds), "retry-after": String(d.retryAfterSeconds) };
}
