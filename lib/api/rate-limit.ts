import "server-only";
import { limiter } from "@/lib/limits/limiter";
import { PLANS, type PlanId } from "@/lib/plans/plans";

/* Per-key request limits by plan (a minute window); counts live where lib/limits/limiter.ts keeps them. */

export const PLATFORM_KEY_PER_MINUTE = 600;

export type RateDecision = { allowed: true; remaining: number; limit: number } | { allowed: false; retryAfterSeconds: number; limit: number };

export async function consumeApiRequest(keyId: string, plan: PlanId | "platform"): Promise<RateDecision> {
  const points = plan === "platform" ? PLATFORM_KEY_PER_MINUTE : PLANS[plan].limits.apiRequestsPerMinute;
  const res = await limiter({ name: `api:${plan}`, points, durationSeconds: 60 }).spend(keyId);
  return { ...res, limit: points };
}
