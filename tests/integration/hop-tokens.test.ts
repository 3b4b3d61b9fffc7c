import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { consumeHopToken, issueHopToken } from "@/lib/auth/hop";
import { loginTokens } from "@/lib/db/schema";
import { testDatabases } from "./db";
import { makeStore, makeUser } from "./auth-fixtures";

const { app, owner } = testDatabases();

describe("root → store hop tokens", () => {
  it("work once, only for their store", async () => {
    const user = await makeUser(owner);
    const [a, b] = [await makeStore(owner), await makeStore(owner)];
    const token = await issueHopToken(app, user.id, a.id);
    expect(await consumeHopToken(app, token, b.id)).toBeNull(); // another store's host
    expect(await consumeHopToken(app, token, a.id)).toBe(user.id);
    expect(await consumeHopToken(app, token, a.id)).toBeNull(); // single use
  });

  it("expire after 60 seconds and are stored only as a hash", async () => {
    const user = await makeUser(owner);
    const store = await makeStore(owner);
    const token = await issueHopToken(app, user.id, store.id);
    const rows = await owner.select().from(loginTokens).where(sql`${loginTokens.userId} = ${user.id}`);
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBeLessThanOrEqual(60_000);
    await owner.update(loginTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(sql`${loginTokens.userId} = ${user.id}`);
    expect(await consumeHopToken(app, token, store.id)).toBeNull();
  });
});
