import { describe, expect, it } from "vitest";
import { clearLoginAttempts, recordLoginFailure, takeAccountCreation, takeLoginAttempt } from "@/lib/auth/rate-limit";
import { CLIENT_FAILURES, delayAfterFailures, FREE_FAILURES, MAX_DELAY_SECONDS } from "@/lib/limits/sign-in";

const email = (p: string) => `${p}-${crypto.randomUUID()}@example.test`;
const ip = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${crypto.randomUUID().slice(0, 4)}`;

describe("sign-in throttling: progressive delays per account, never a lockout (issue 10.5)", () => {
  it("the delay grows 1, 2, 4 … s after the free failures and stops at the cap", () => {
    expect([...Array(FREE_FAILURES).keys()].map(delayAfterFailures)).toEqual(Array(FREE_FAILURES).fill(0));
    expect([5, 6, 7, 8].map(delayAfterFailures)).toEqual([1, 2, 4, 8]);
    expect(delayAfterFailures(1000)).toBe(MAX_DELAY_SECONDS);
  });

  it("wrong passwords from many addresses delay the account, but by at most the cap", async () => {
    const victim = email("victim");
    for (let i = 0; i < FREE_FAILURES - 1; i++) await recordLoginFailure(ip(), victim);
    expect(await takeLoginAttempt(ip(), victim)).toBeNull();
    for (let i = 0; i < 50; i++) await recordLoginFailure(ip(), victim);
    const wait = await takeLoginAttempt(ip(), victim);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(MAX_DELAY_SECONDS);
    // Another account is not affected.
    expect(await takeLoginAttempt(ip(), email("other"))).toBeNull();
  });

  it("one address that keeps failing waits, across accounts; other addresses do not", async () => {
    const guesser = ip();
    for (let i = 0; i < CLIENT_FAILURES.points; i++) await recordLoginFailure(guesser, email("spray"));
    expect(await takeLoginAttempt(guesser, email("fresh"))).toBeGreaterThan(0);
    expect(await takeLoginAttempt(ip(), email("fresh"))).toBeNull();
  });

  it("a success clears the account's failures but not the address's budget", async () => {
    const me = email("me");
    const from = ip();
    for (let i = 0; i < FREE_FAILURES + 2; i++) await recordLoginFailure(from, me);
    expect(await takeLoginAttempt(from, me)).toBeGreaterThan(0);
    await clearLoginAttempts(from, me);
    expect(await takeLoginAttempt(from, me)).toBeNull();
    for (let i = 0; i < CLIENT_FAILURES.points; i++) await recordLoginFailure(from, email("spray"));
    await clearLoginAttempts(from, me);
    expect(await takeLoginAttempt(from, me)).toBeGreaterThan(0);
  });
});

describe("account creation limits", () => {
  it("allow 20 new accounts an hour per client, and one client's use leaves others free", async () => {
    const busy = ip();
    for (let i = 0; i < 20; i++) expect(await takeAccountCreation(busy)).toBeNull();
    expect(await takeAccountCreation(busy)).toBeGreaterThan(0);
    // No global cap: 40 other clients still sign up.
    for (let i = 0; i < 40; i++) expect(await takeAccountCreation(ip())).toBeNull();
  });
});

describe("customer sign-in limits", () => {
  it("delay the customer's account per store; another store's account with that email is free", async () => {
    const { recordCustomerFailure, takeCustomerAttempt } = await import("@/lib/customers/rate-limit");
    const store = crypto.randomUUID();
    const customer = email("s");
    for (let i = 0; i < FREE_FAILURES + 1; i++) await recordCustomerFailure(store, ip(), customer);
    expect(await takeCustomerAttempt(store, ip(), customer)).toBeGreaterThan(0);
    expect(await takeCustomerAttempt(crypto.randomUUID(), ip(), customer)).toBeNull();
  });
});
