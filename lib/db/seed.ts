import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { connect } from "./connect";
import { memberships, products, stores, users } from "./schema";
import { withTenant } from "./tenant";

export const DEMO_PASSWORD = "plaza-demo-pass";

export const DEMO_LOGINS = [
  { email: "admin@plaza.test", role: "platform admin" },
  { email: "owner@acme.test", role: "owner of Acme" },
  { email: "owner@globex.test", role: "owner of Globex" },
  { email: "founder@initech.test", role: "applicant: Initech (pending store)" },
  { email: "joiner@example.test", role: "pending request to join Acme" },
] as const;

const catalog: Record<string, Array<{ handle: string; title: string; description: string; priceCents: number; stock: number }>> = {
  acme: [
    { handle: "rocket-skates", title: "Rocket Skates", description: "Fast. Very fast.", priceCents: 12900, stock: 12 },
    { handle: "giant-magnet", title: "Giant Magnet", description: "Attracts anything made of iron.", priceCents: 4950, stock: 30 },
    { handle: "portable-hole", title: "Portable Hole", description: "Fold it, carry it, step through it.", priceCents: 2500, stock: 8 },
    { handle: "earthquake-pills", title: "Earthquake Pills", description: "Not for road runners.", priceCents: 999, stock: 0 },
    { handle: "bird-seed", title: "Bird Seed", description: "Irresistible. 5 kg bag.", priceCents: 1499, stock: 100 },
  ],
  globex: [
    { handle: "hammock", title: "Company Hammock", description: "For strategic rest.", priceCents: 8900, stock: 5 },
    { handle: "doomsday-device", title: "Doomsday Device (Replica)", description: "Harmless. Mostly.", priceCents: 99900, stock: 2 },
    { handle: "cypress-creek-mug", title: "Cypress Creek Mug", description: "Holds 350 ml of coffee.", priceCents: 1200, stock: 40 },
    { handle: "volcano-lamp", title: "Volcano Lamp", description: "Warm light, slow lava.", priceCents: 3400, stock: 15 },
  ],
};

/**
 * Seeds the demo once: returns false (and does nothing) when any store exists.
 * Runs as the owner; tenant rows still go in through withTenant so the seed
 * works when the owner is not a superuser and row-level security is forced.
 */
export async function seedDemo(ownerUrl: string): Promise<boolean> {
  const { close, db } = connect(ownerUrl, { max: 1 });
  try {
    const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from stores`)).rows as [{ n: number }];
    if (n > 0) return false;

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const made = await db.transaction(async (tx) => {
      const [admin, acmeOwner, globexOwner, founder, joiner] = await tx
        .insert(users)
        .values([
          { email: "admin@plaza.test", name: "Pat Platform", passwordHash, isPlatformAdmin: true },
          { email: "owner@acme.test", name: "Wile E. Coyote", passwordHash },
          { email: "owner@globex.test", name: "Hank Scorpio", passwordHash },
          { email: "founder@initech.test", name: "Bill Lumbergh", passwordHash },
          { email: "joiner@example.test", name: "Jo Joiner", passwordHash },
        ])
        .returning();
      const [acme, globex, initech] = await tx
        .insert(stores)
        .values([
          { slug: "acme", name: "Acme", status: "active", plan: "premium", theme: { tagline: "Quality gadgets since 1949", primaryColor: "#c2410c" } },
          { slug: "globex", name: "Globex", status: "active", plan: "premium", theme: { tagline: "Everything for the modern villain", primaryColor: "#0f766e" } },
          { slug: "initech", name: "Initech", status: "pending", applicationNote: "TPS report covers and staplers." },
        ])
        .returning();
      await tx.insert(memberships).values([
        { storeId: acme!.id, userId: acmeOwner!.id, role: "owner", status: "approved", decidedBy: admin!.id, decidedAt: new Date() },
        { storeId: globex!.id, userId: globexOwner!.id, role: "owner", status: "approved", decidedBy: admin!.id, decidedAt: new Date() },
        { storeId: initech!.id, userId: founder!.id, role: "owner", status: "pending" },
        { storeId: acme!.id, userId: joiner!.id, role: "staff", status: "pending", requestNote: "I packed boxes at Acme last summer." },
      ]);
      return { acme: acme!, globex: globex! };
    });

    for (const store of [made.acme, made.globex]) {
      await withTenant(db, store.id, async (tx) => {
        await tx.insert(products).values(
          catalog[store.slug]!.map((p) => ({ ...p, tenantId: store.id, status: "active" as const })),
        );
      });
    }
    return true;
  } finally {
    await close();
  }
}
