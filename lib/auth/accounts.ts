import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { isUniqueViolation } from "@/lib/db/errors";
import { hashPassword } from "./password";

export type Actor = { id: string; email: string; name: string; isPlatformAdmin: boolean };

export async function findUserById(database: Queryable, id: string): Promise<Actor | null> {
  const [row] = await database
    .select({ id: users.id, email: users.email, name: users.name, isPlatformAdmin: users.isPlatformAdmin })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

export async function emailTaken(database: Queryable, email: string): Promise<boolean> {
  const [row] = await database.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return Boolean(row);
}

export type NewAccount = { name: string; email: string; password: string };

/**
 * Creates the user inside the caller's transaction; null when the email is
 * taken (also under a race: the unique index decides, not the earlier check).
 * The hash is computed by the caller before the transaction opens, so the
 * transaction is not held open for argon2's deliberate slowness.
 */
export async function insertUser(tx: Queryable, account: Omit<NewAccount, "password"> & { passwordHash: string }): Promise<Actor | null> {
  try {
    const [row] = await tx
      .insert(users)
      .values({ name: account.name, email: account.email, passwordHash: account.passwordHash })
      .returning({ id: users.id, email: users.email, name: users.name, isPlatformAdmin: users.isPlatformAdmin });
    return row ?? null;
  } catch (err) {
    if (isUniqueViolation(err, "users_email_key")) return null;
    throw err;
  }
}

export { hashPassword };

/** The message for an email that already has an account: sign in first, then try again. */
export const EMAIL_TAKEN = "An account with this email already exists. Sign in first, then come back to this page.";
