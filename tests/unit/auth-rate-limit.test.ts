import { describe, expect, it } from "vitest";
import { clearLoginAttempts, takeAccountCreation, takeLoginAttempt } from "@/lib/auth/rate-limit";

describe("login rate limits", () => {
  it("stop one IP guessing one email after 5 attempts a minute", async () => {
    const email = `a-${crypto.randomUUID()}@example.test`;
    for (let i = 0; i < 5; i++) expect(await takeLoginAttempt("10.0.0.1", email)).toBeNull();
    expect(await takeLoginAttempt("10.0.0.1", email)).toBeGreaterThan(0);
  });

  it("cannot be dodged by sending a new X-Forwarded-For with every guess", async () => {
    const email = `b-${crypto.randomUUID()}@example.test`;
    const waits: Array<number | null> = [];
    for (let i = 0; i < 12; i++) waits.push(await takeLoginAttempt(`198.51.100.${i}`, email));
    expect(waits.slice(0, 10).every((w) => w === null)).toBe(true);
    expect(waits[10]).toBeGreaterThan(0);
    // Another account is not affected.
    expect(await takeLoginAttempt("198.51.100.99", `c-${crypto.randomUUID()}@example.test`)).toBeNull();
  });

  it("forget the counts after a successful sign-in", async () => {
    const email = `d-${crypto.randomUUID()}@example.test`;
    for (let i = 0; i < 5; i++) await takeLoginAttempt("10.0.0.2", email);
    await clearLoginAttempts("10.0.0.2", email);
    expect(await takeLoginAttempt("10.0.0.2", email)).toBeNull();
  });
});

describe("account creation limits", () => {
  it("allow 20 new accounts an hour per IP", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200)}-${crypto.randomUUID()}`;
    for (let i = 0; i < 20; i++) expect(await takeAccountCreation(ip)).toBeNull();
    expect(await takeAccountCreation(ip)).toBeGreaterThan(0);
  });
});

describe("shopper sign-in limits", () => {
  it("cannot be dodged with a new X-Forwarded-For per guess, and stay per store", async () => {
    const { takeShopperAttempt } = await import("@/lib/shoppers/rate-limit");
    const store = crypto.randomUUID();
    const email = `s-${crypto.randomUUID()}@example.test`;
    const waits: Array<number | null> = [];
    for (let i = 0; i < 11; i++) waits.push(await takeShopperAttempt(store, `198.51.100.${i}`, email));
    expect(waits.slice(0, 10).every((w) => w === null)).toBe(true);
    expect(waits[10]).toBeGreaterThan(0);
    expect(await takeShopperAttempt(crypto.randomUUID(), "198.51.100.1", email)).toBeNull();
  });
});
