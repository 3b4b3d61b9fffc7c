import { describe, expect, it } from "vitest";
import { TtlCache } from "@/lib/tenancy/ttl-cache";

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("TtlCache", () => {
  it("serves a hit from memory until the TTL runs out", async () => {
    const c = clock();
    const cache = new TtlCache<string>(1000, 10, c.now);
    let loads = 0;
    const load = async () => `v${++loads}`;
    expect(await cache.get("acme", load)).toBe("v1");
    expect(await cache.get("acme", load)).toBe("v1");
    c.advance(1001);
    expect(await cache.get("acme", load)).toBe("v2");
  });

  it("caches misses too, so unknown hosts cost one lookup per TTL", async () => {
    const c = clock();
    const cache = new TtlCache<string>(1000, 10, c.now);
    let loads = 0;
    const miss = async () => (loads++, null);
    for (let i = 0; i < 5; i++) expect(await cache.get("nosuchstore", miss)).toBeNull();
    expect(loads).toBe(1);
  });

  it("forgets an entry when it is invalidated", async () => {
    const cache = new TtlCache<string>(60_000);
    await cache.get("acme", async () => "pending");
    cache.delete("acme");
    expect(await cache.get("acme", async () => "active")).toBe("active");
  });

  it("does not keep a load that an invalidation overtook (it may predate the change)", async () => {
    const cache = new TtlCache<string>(60_000);
    let release!: () => void;
    const slow = cache.get("acme", () => new Promise<string>((resolve) => (release = () => resolve("member"))));
    await Promise.resolve();
    cache.delete("acme"); // the revocation is announced while the old row is on its way
    release();
    expect(await slow).toBe("member");
    expect(await cache.get("acme", async () => "removed")).toBe("removed");
  });

  it("stays within its bound by dropping the oldest entry", async () => {
    const cache = new TtlCache<number>(60_000, 2);
    let loads = 0;
    const load = async () => ++loads;
    await cache.get("a", load);
    await cache.get("b", load);
    await cache.get("c", load); // evicts a
    expect(await cache.get("b", load)).toBe(2);
    expect(await cache.get("a", load)).toBe(4);
  });

  it("does not cache at all with a TTL of 0", async () => {
    const cache = new TtlCache<number>(0);
    let loads = 0;
    await cache.get("a", async () => ++loads);
    await cache.get("a", async () => ++loads);
    expect(loads).toBe(2);
  });
});
