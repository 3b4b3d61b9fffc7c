// Against the database: the counts live in the shared rate_limits table (lib/limits/limiter.ts), as in production.
import { describe, expect, it } from "vitest";
import { takeCheckout } from "@/lib/commerce/checkout-rate";
import { PLANS } from "@/lib/plans/plans";

describe("checkout rate per plan", () => {
  it("lets a store check out up to its plan's rate a minute, then asks to wait", async () => {
    const store = { id: crypto.randomUUID(), plan: "basic" as const };
    const limit = PLANS.basic.limits.checkoutsPerMinute;
    for (let i = 0; i < limit; i++) expect(await takeCheckout(store)).toBeNull();
    expect(await takeCheckout(store)).toBeGreaterThan(0);
    // Other stores are unaffected, and a bigger plan has more room.
    expect(await takeCheckout({ id: crypto.randomUUID(), plan: "basic" })).toBeNull();
    const big = { id: crypto.randomUUID(), plan: "premium" as const };
    for (let i = 0; i <= limit; i++) expect(await takeCheckout(big)).toBeNull();
  });
});
