import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { users } from "@/lib/db/schema";
import { issuePasswordToken, setPasswordWithToken } from "@/lib/auth/password-tokens";
import { makeUser } from "./auth-fixtures";
import { testDatabases } from "./db";

// The session next-auth decoded from this request's cookie, and the request's Host.
let session: { userId?: string; host?: string; sessionVersion?: number } | null = null;
const HOST = "acme.localhost:3000";
vi.mock("next-auth", () => ({ getServerSession: async () => session }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: HOST }) }));

const { currentUser } = await import("@/lib/auth/session");
const { owner } = testDatabases();

describe("a password reset ends every staff session", () => {
  it("a token from before the reset is ignored; one made after it is valid", async () => {
    const user = await makeUser(owner);
    session = { userId: user.id, host: HOST, sessionVersion: 0 };
    expect(await currentUser()).toMatchObject({ id: user.id, email: user.email });
    // Tokens issued before versions existed carry none: the same as version 0.
    session = { userId: user.id, host: HOST };
    expect(await currentUser()).toMatchObject({ id: user.id });

    const token = await issuePasswordToken(owner, user.id, "reset");
    expect(await setPasswordWithToken(owner, token, "a-brand-new-password", "reset")).toBe(user.email);
    session = { userId: user.id, host: HOST, sessionVersion: 0 };
    expect(await currentUser()).toBeNull();
    session = { userId: user.id, host: HOST };
    expect(await currentUser()).toBeNull();
    session = { userId: user.id, host: HOST, sessionVersion: 1 };
    expect(await currentUser()).toMatchObject({ id: user.id });
  });

  it("the other checks still hold: another host, a deleted user", async () => {
    const user = await makeUser(owner);
    session = { userId: user.id, host: "globex.localhost:3000", sessionVersion: 0 };
    expect(await currentUser()).toBeNull();
    session = { userId: user.id, host: HOST, sessionVersion: 0 };
    await owner.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 5` }).where(eq(users.id, user.id));
    expect(await currentUser()).toBeNull();
    await owner.delete(users).where(eq(users.id, user.id));
    session = { userId: user.id, host: HOST, sessionVersion: 5 };
    expect(await currentUser()).toBeNull();
  });
});
