import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { hashPassword } from "./password";

export type Actor = { id: string; email: string; name: string; isPlatformAdmin: boolean };

export async function findUserById(database: Queryable, id: string): Promise<Actor | null> {
  const row = await findSessionUser(database, id);
  if (!row) return null;
  return { id: row.id, email: row.email, name: row.name, isPlatformAdmin: row.isPlatformAdmin };
}

/** The account a password sign-in checks (with its hash): the sign-in form and an invitation's "existing account" path. */
export async function findPasswordUser(database: Queryable, email: string): Promise<{ id: string; email: string; name: string; hash: string; sessionVersion: number } | null> {
  const [row] = await database
    .select({ id: users.id, email: users.email, name: users.name, hash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return row ?? null;
}

/** What a valid session token says: whose it is and the session version it was made under. */
export type SessionClaim = { userId: string; sessionVersion: number };

/** The user a claim stands for, or null when the account is gone or was reset after the token was made. */
export function userOfClaim(user: (Actor & { sessionVersion: number }) | null, claim: SessionClaim): Actor | null {
  if (!user || user.sessionVersion !== claim.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin };
}

/** The user with their session version (lib/auth/session.ts compares it with the token's). */
export async function findSessionUser(database: Queryable, id: string): Promise<(Actor & { sessionVersion: number }) | null> {
  const [row] = await database
    .select({ id: users.id, email: users.email, name: users.name, isPlatformAdmin: users.isPlatformAdmin, sessionVersion: users.sessionVersion })
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
 * taken — also under a race: the unique index decides, not an earlier check.
 * `on conflict do nothing` makes a taken email an empty result instead of an
 * error, so the caller's transaction stays usable (a failed statement would
 * abort it, and catching the error inside the transaction is then too late),
 * whatever the driver. A concurrent insert of the same email waits for the
 * other transaction and then finds the row taken.
 * The hash is computed by the caller before the transaction opens, so the
 * transaction is not held open for argon2's deliberate slowness.
 */
export async function insertUser(tx: Queryable, account: Omit<NewAccount, "password"> & { passwordHash: string }): Promise<Actor | null> {
  const [row] = await tx
    .insert(users)
    .values({ name: account.name, email: account.email, passwordHash: account.passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email, name: users.name, isPlatformAdmin: users.isPlatformAdmin });
  return row ?? null;
}

export { hashPassword };

/** The message for an email that already has an account: sign in first, then try again. */
export const EMAIL_TAKEN = "An account with this email already exists. Sign in first, then come back to this page.";
