import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { memberships, stores, users } from "@/lib/db/schema";
import { withPlatform } from "@/lib/db/tenant";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/log";
import { enqueueMail } from "@/lib/mail/outbox";
import { hashPassword } from "@/lib/auth/password";
import { issuePasswordToken } from "@/lib/auth/password-tokens";
import { fieldError, type Outcome } from "@/lib/result";
import type { PlanId } from "@/lib/plans/plans";
import { ownerInvited, storeOpenedForOwner } from "./mail";

/*
 * A platform admin opens a store directly (no application): the store is
 * active at once with an approved owner. An owner without an account gets one
 * with an unusable password (a random one nobody knows) and a single-use
 * "set your password" link by mail. Store, owner, audit entry and mail commit
 * together or not at all.
 */

export type NewStoreInput = { name: string; slug: string; plan: PlanId; ownerEmail: string };

const SLUG_TAKEN = "This address is already taken. Please choose another.";

export async function createStoreFromConsole(
  database: Database,
  adminId: string,
  input: NewStoreInput,
): Promise<Outcome<{ storeId: string; invited: boolean }>> {
  const email = input.ownerEmail.trim().toLowerCase();
  // Computed before the transaction (argon2 is slow on purpose); unused when the owner exists.
  const unusableHash = await hashPassword(randomBytes(32).toString("base64url"));
  try {
    return await withPlatform(database, async (tx) => {
      const [store] = await tx
        .insert(stores)
        .values({ slug: input.slug, name: input.name, status: "active", plan: input.plan })
        .returning({ id: stores.id, slug: stores.slug, name: stores.name });
      let [owner] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
      const invited = !owner;
      if (!owner) {
        [owner] = await tx.insert(users).values({ email, name: email.split("@")[0]!, passwordHash: unusableHash }).returning({ id: users.id });
      }
      await tx.insert(memberships).values({ storeId: store!.id, userId: owner!.id, role: "owner", status: "approved", decidedBy: adminId, decidedAt: new Date() });
      await recordAudit(tx, {
        storeId: store!.id,
        actorUserId: adminId,
        action: "store.created",
        targetType: "store",
        targetId: store!.slug,
        data: { plan: input.plan, ownerEmail: email, invited },
      });
      const mail = invited ? await ownerInvited(store!, email, await issuePasswordToken(tx, owner!.id)) : await storeOpenedForOwner(store!, email);
      await enqueueMail(tx, [mail]);
      return { ok: true as const, message: `${store!.name} is open${invited ? `; ${email} was invited by mail` : ""}.`, data: { storeId: store!.id, invited } };
    });
  } catch (err) {
    // The unique index decides a race on the slug; the transaction rolled back.
    if (isUniqueViolation(err, "stores_slug_key")) return fieldError("slug", SLUG_TAKEN);
    if (isUniqueViolation(err, "users_email_key")) return fieldError("ownerEmail", "This account was created meanwhile: submit again.");
    throw err;
  }
}
