import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { PLANS, type PlanId } from "@/lib/plans/plans";

/*
 * Per-key request limits by plan (a minute window), in process memory. One
 * limiter per plan, kept on globalThis so hot reloads do not reset counts.
 * Behind several app instances, swap in RateLimiterRedis with the same calls.
 */

export const PLATFORM_KEY_PER_MINUTE = 600;

const g = globalThis as unknown as { plazaApiLimiters?: Map<string, RateLimiterMemory> };

function limiter(name: string, points: number): RateLimiterMemory {
  g.plazaApiLimiters ??= new Map();
  let l = g.plazaApiLimiters.get(name);
  if (!l) {
    l = new RateLimiterMemory({ keyPrefix: `api:${name}`, points, duration: 60 });
    g.plazaApiLimiters.set(name, l);
  }
  return l;
}

export type RateDecision = { allowed: true; remaining: number; limit: number } | { allowed: false; retryAfterSeconds: number; limit: number };

export async function consumeApiRequest(keyId: string, plan: PlanId | "platform"): Promise<RateDecision> {
  const points = plan === "platform" ? PLATFORM_KEY_PER_MINUTE : PLANS[plan].limits.apiRequestsPerMinute;
  try {
    const res = await limiter(plan, points).consume(keyId);
    return { allowed: true, remaining: res.remainingPoints, limit: points };
  } catch (err) {
    if (err instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)), limit: points };
    throw err;
  }
}
