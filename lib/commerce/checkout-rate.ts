import "server-only";
import { limiter, spendAll } from "@/lib/limits/limiter";
import { PLANS, type PlanId } from "@/lib/plans/plans";

/*
 * Checkouts per store per minute, by plan (PLANS[plan].limits.checkoutsPerMinute).
 * It protects the platform from one store's burst (or a bot) hogging order
 * numbers and stock locks. Counts are shared by every instance
 * (lib/limits/limiter.ts); if the shared store is down the limit stays open,
 * counted per instance: refusing every checkout would cost the stores their
 * sales, and the checkout itself still runs under its stock locks.
 */
const perPlan = (plan: PlanId) =>
  limiter({ name: `checkout:${plan}`, points: PLANS[plan].limits.checkoutsPerMinute, durationSeconds: 60, whenDown: "open" });

/** Counts one checkout attempt for the store; the seconds to wait when over the plan's rate, else null. */
export async function takeCheckout(store: { id: string; plan: PlanId }): Promise<number | null> {
  return spendAll([[perPlan(store.plan), store.id]]);
}
