import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { PLANS, type PlanId } from "@/lib/plans/plans";

/*
 * Checkouts per store per minute, by plan (PLANS[plan].limits.checkoutsPerMinute).
 * It protects the platform from one store's burst (or a bot) hogging order
 * numbers and stock locks. In memory, like the other limiters; kept on
 * globalThis so hot reloads keep counts.
 */
const g = globalThis as unknown as { plazaCheckoutLimiters?: Map<PlanId, RateLimiterMemory> };

function limiter(plan: PlanId): RateLimiterMemory {
  g.plazaCheckoutLimiters ??= new Map();
  let l = g.plazaCheckoutLimiters.get(plan);
  if (!l) {
    l = new RateLimiterMemory({ keyPrefix: `checkout:${plan}`, points: PLANS[plan].limits.checkoutsPerMinute, duration: 60 });
    g.plazaCheckoutLimiters.set(plan, l);
  }
  return l;
}

/** Counts one checkout attempt for the store; the seconds to wait when over the plan's rate, else null. */
export async function takeCheckout(store: { id: string; plan: PlanId }): Promise<number | null> {
  try {
    await limiter(store.plan).consume(store.id);
    return null;
  } catch (err) {
    if (err instanceof RateLimiterRes) return Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    throw err;
  }
}
