import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { storeDomains, stores } from "@/lib/db/schema";
import { parseKeyring } from "@/lib/config/crypto";
import { setConfig } from "@/lib/config/store-config";
import { createProduct } from "@/lib/catalog/products";
import { productInputSchema } from "@/lib/catalog/product-input";
import { setupChecklist } from "@/lib/dashboard/onboarding";
import { testDatabases } from "./db";
import { addMember, makeUser, storeWithOwner } from "./auth-fixtures";

// The checklist reads the payment keys through the default keyring, as the page does.
const keyringSpec = `k1:${randomBytes(32).toString("base64")}`;
process.env.CONFIG_ENCRYPTION_KEYS = keyringSpec;
const ring = parseKeyring(keyringSpec);
const { app, owner } = testDatabases();

const doneOf = async (storeId: string) => Object.fromEntries((await setupChecklist(app, storeId)).steps.map((s) => [s.key, s.done]));

describe("the setup checklist", () => {
  it("a new Basic store starts with every step to do, and no domain step its plan lacks", async () => {
    const { store } = await storeWithOwner(owner);
    const list = await setupChecklist(app, store.id);
    expect(list.steps.map((s) => s.key)).toEqual(["product", "branding", "payments", "staff"]);
    expect(list).toMatchObject({ done: 0, complete: false });
  });

  it("each step is done when the store shows it, and the list is complete when all are", async () => {
    const { store } = await storeWithOwner(owner);
    await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
    expect(await doneOf(store.id)).toEqual({ product: false, branding: false, payments: false, domain: false, staff: false });

    const made = await createProduct(app, store.id, productInputSchema.parse({ title: "First", handle: "", description: "", price: "1.00", stock: "1", status: "draft" }), { userId: null });
    expect(made.ok).toBe(true);
    await owner.update(stores).set({ theme: { primaryColor: "#123456" } }).where(eq(stores.id, store.id));
    await addMember(owner, store.id, (await makeUser(owner)).id, "staff");
    await owner.insert(storeDomains).values({ storeId: store.id, domain: `shop-${store.slug}.example`, verificationToken: "t" });
    expect(await doneOf(store.id)).toEqual({ product: true, branding: true, payments: false, domain: true, staff: true });

    await setConfig(app, ring, store.id, "payment.stripe_secret_key", "sk_test_abcdefghijkl", { userId: null });
    await setConfig(app, ring, store.id, "payment.stripe_webhook_secret", "whsec_abcdefghijkl", { userId: null });
    expect(await setupChecklist(app, store.id)).toMatchObject({ done: 5, complete: true });
  });

  it("a pending join request is not a team yet, and another store's products do not count", async () => {
    const { store } = await storeWithOwner(owner);
    const other = await storeWithOwner(owner);
    await createProduct(app, other.store.id, productInputSchema.parse({ title: "Theirs", handle: "", description: "", price: "1.00", stock: "1", status: "active" }), { userId: null });
    await addMember(owner, store.id, (await makeUser(owner)).id, "staff", "pending");
    expect(await doneOf(store.id)).toMatchObject({ product: false, staff: false });
  });
});
