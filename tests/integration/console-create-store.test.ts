import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox, memberships, passwordTokens, stores, users } from "@/lib/db/schema";
import { createStoreFromConsole } from "@/lib/console/create-store";
import { passwordTokenUsable, setPasswordWithToken } from "@/lib/auth/password-tokens";
import { verifyPassword } from "@/lib/auth/password";
import { auditFor, makeUser, uid } from "./auth-fixtures";
import { testDatabases } from "./db";

const { app, owner } = testDatabases();

const tokenFrom = (body: string) => /set-password\?token=([A-Za-z0-9_-]+)/.exec(body)?.[1] ?? "";

async function storeBySlug(slug: string) {
  const [s] = await owner.select().from(stores).where(eq(stores.slug, slug));
  return s!;
}

describe("creating a store from the console", () => {
  it("with an existing account: an active store, an approved owner, a notice mail, audited", async () => {
    const admin = await makeUser(owner, { admin: true });
    const existing = await makeUser(owner);
    const slug = `new-${uid()}`;
    const result = await createStoreFromConsole(app, admin.id, { name: "New Shop", slug, plan: "premium", ownerEmail: existing.email.toUpperCase() });
    expect(result).toMatchObject({ ok: true, data: { invited: false } });
    const store = await storeBySlug(slug);
    expect(store).toMatchObject({ status: "active", plan: "premium", name: "New Shop" });
    const [m] = await owner.select().from(memberships).where(eq(memberships.storeId, store.id));
    expect(m).toMatchObject({ userId: existing.id, role: "owner", status: "approved", decidedBy: admin.id });
    const mail = await owner.select().from(mailOutbox).where(eq(mailOutbox.storeId, store.id));
    expect(mail.map((x) => [x.toEmail, x.kind])).toEqual([[existing.email, "store.created"]]);
    expect((await auditFor(owner, store.id)).map((a) => [a.action, a.actorUserId])).toEqual([["store.created", admin.id]]);
    // The owner's password is untouched.
    const [u] = await owner.select().from(users).where(eq(users.id, existing.id));
    expect(u!.passwordHash).toBe("fixture-hash");
  });

  it("a taken slug is a field error and leaves nothing behind", async () => {
    const admin = await makeUser(owner, { admin: true });
    const slug = `dup-${uid()}`;
    const email = `fresh-${uid()}@example.test`;
    expect((await createStoreFromConsole(app, admin.id, { name: "A", slug, plan: "basic", ownerEmail: `a-${email}` })).ok).toBe(true);
    expect(await createStoreFromConsole(app, admin.id, { name: "B", slug, plan: "basic", ownerEmail: email })).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(Array) } });
    expect(await owner.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("with a new owner: an account nobody can sign in to, and a single-use set-password link", async () => {
    const admin = await makeUser(owner, { admin: true });
    const slug = `inv-${uid()}`;
    const email = `invited-${uid()}@example.test`;
    expect(await createStoreFromConsole(app, admin.id, { name: "Invited", slug, plan: "basic", ownerEmail: email })).toMatchObject({ ok: true, data: { invited: true } });
    const store = await storeBySlug(slug);
    const [user] = await owner.select().from(users).where(eq(users.email, email));
    expect(await owner.select().from(memberships).where(and(eq(memberships.storeId, store.id), eq(memberships.userId, user!.id)))).toMatchObject([{ role: "owner", status: "approved" }]);
    const [mail] = await owner.select().from(mailOutbox).where(eq(mailOutbox.storeId, store.id));
    expect(mail).toMatchObject({ toEmail: email, kind: "store.owner_invited" });
    const token = tokenFrom(mail!.body);
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // Only a hash is stored.
    const stored = await owner.select().from(passwordTokens).where(eq(passwordTokens.userId, user!.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);

    expect(await passwordTokenUsable(app, token)).toBe(true);
    expect(await setPasswordWithToken(app, token, "a-long-new-password")).toBe(email);
    const [after] = await owner.select().from(users).where(eq(users.id, user!.id));
    expect(await verifyPassword(after!.passwordHash, "a-long-new-password")).toBe(true);
    // Single use: the second try changes nothing.
    expect(await passwordTokenUsable(app, token)).toBe(false);
    expect(await setPasswordWithToken(app, token, "another-password!")).toBeNull();
    const [still] = await owner.select().from(users).where(eq(users.id, user!.id));
    expect(still!.passwordHash).toBe(after!.passwordHash);
  });

  it("an expired link or a made-up token sets nothing", async () => {
    const admin = await makeUser(owner, { admin: true });
    const email = `late-${uid()}@example.test`;
    await createStoreFromConsole(app, admin.id, { name: "Late", slug: `late-${uid()}`, plan: "basic", ownerEmail: email });
    const [user] = await owner.select().from(users).where(eq(users.email, email));
    const [mail] = await owner.select().from(mailOutbox).where(eq(mailOutbox.toEmail, email));
    const token = tokenFrom(mail!.body);
    await owner.execute(sql`update password_tokens set expires_at = now() - interval '1 second' where user_id = ${user!.id}`);
    expect(await passwordTokenUsable(app, token)).toBe(false);
    expect(await setPasswordWithToken(app, token, "a-long-new-password")).toBeNull();
    expect(await setPasswordWithToken(app, "A".repeat(43), "a-long-new-password")).toBeNull();
    expect(await setPasswordWithToken(app, "../../etc", "a-long-new-password")).toBeNull();
    const [same] = await owner.select().from(users).where(eq(users.id, user!.id));
    expect(same!.passwordHash).toBe(user!.passwordHash);
  });
});
