import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "@/lib/db/schema";
import { reactivateStore, requestStoreDeletion, restoreStore, suspendStore } from "@/lib/stores/lifecycle";
import { addMember, makeUser, storeWithOwner } from "./auth-fixtures";
import { testDatabases } from "./db";

const { app, owner } = testDatabases();
const admin = { userId: null };

const storeMail = (storeId: string) => owner.select().from(mailOutbox).where(and(eq(mailOutbox.storeId, storeId), like(mailOutbox.kind, "store.%"))).orderBy(mailOutbox.id);

describe("store notices to owners", () => {
  it("suspended, reactivated and scheduled for deletion: one mail per approved owner, HTML and text from one template", async () => {
    const { store, owner: o } = await storeWithOwner(owner);
    const second = await makeUser(owner);
    await addMember(owner, store.id, second.id, "owner");
    const formerOwner = await makeUser(owner);
    await addMember(owner, store.id, formerOwner.id, "owner", "removed");
    const admin2 = await makeUser(owner);
    await addMember(owner, store.id, admin2.id, "admin");

    await suspendStore(app, store.id, "Unpaid invoices", admin);
    await reactivateStore(app, store.id, "Paid, thank you", admin);
    await requestStoreDeletion(app, store.id, "Asked by the owner", admin);
    const mails = await storeMail(store.id);
    expect(mails.map((m) => [m.kind, m.toEmail]).sort()).toEqual(
      [
        ["store.deletion_requested", o.email],
        ["store.deletion_requested", second.email],
        ["store.reactivated", o.email],
        ["store.reactivated", second.email],
        ["store.suspended", o.email],
        ["store.suspended", second.email],
      ].sort(),
    );
    const suspended = mails.find((m) => m.kind === "store.suspended")!;
    expect(suspended.subject).toBe(`${store.name} is suspended`);
    expect(suspended.body).toContain("Reason: Unpaid invoices");
    expect(suspended.body).toContain(`http://${store.slug}.localhost:3000/dashboard`);
    expect(suspended.html).toMatch(/<html[^>]*lang="en"/);
    expect(suspended.html).toContain("Unpaid invoices");
    const deletion = mails.find((m) => m.kind === "store.deletion_requested")!;
    expect(deletion.body).toMatch(/after .* GMT/);
    // Restoring is not one of the notices; a refused change mails nobody.
    await restoreStore(app, store.id, admin);
    expect(await reactivateStore(app, store.id, null, admin)).toMatchObject({ ok: false });
    expect(await storeMail(store.id)).toHaveLength(6);
  });
});
