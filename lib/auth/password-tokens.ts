import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database, Queryable } from "@/lib/db/connect";
import { passwordTokens, users } from "@/lib/db/schema";
import { hashPassword } from "./password";

/*
 * "Set your password" links for owners invited from the console ("invite"),
 * and "forgot password" links ("reset", lib/auth/password-reset.ts). The token is
 * 256 random bits; only its SHA-256 is stored (a database reader cannot use
 * one), it expires after PASSWORD_TOKEN_HOURS and is spent by an atomic
 * UPDATE … WHERE used_at IS NULL, so it works exactly once even under a race.
 */
export const PASSWORD_TOKEN_HOURS = 72;
/** A reset link is for someone at their inbox now: short-lived. */
export const RESET_TOKEN_MINUTES = 30;

export type PasswordTokenPurpose = "invite" | "reset";

const digest = (token: string) => createHash("sha256").update(token).digest("hex");
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** Issued inside the caller's transaction, so the link exists exactly when the invitation commits. */
export async function issuePasswordToken(tx: Queryable, userId: string, purpose: PasswordTokenPurpose = "invite"): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.insert(passwordTokens).values({
    tokenHash: digest(token),
    userId,
    purpose,
    expiresAt: purpose === "reset" ? sql`now() + make_interval(mins => ${RESET_TOKEN_MINUTES})` : sql`now() + make_interval(hours => ${PASSWORD_TOKEN_HOURS})`,
  });
  return token;
}

/** Whether a token is still usable (for showing the form or a clear "expired" message). */
export async function passwordTokenUsable(database: Queryable, token: string, purpose: PasswordTokenPurpose = "invite"): Promise<boolean> {
  if (!TOKEN_SHAPE.test(token)) return false;
  const [row] = await database
    .select({ userId: passwordTokens.userId })
    .from(passwordTokens)
    .where(and(eq(passwordTokens.tokenHash, digest(token)), eq(passwordTokens.purpose, purpose), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, sql`now()`)))
    .limit(1);
  return Boolean(row);
}

/**
 * Spends the token and sets the user's password in one transaction; returns
 * the user's email, or null when the token is unknown, used, expired or made
 * for the other purpose. Every other open link of the account is spent too,
 * and the session version raised: all sessions of the account end (a reset
 * is what someone does when they fear another has the password).
 */
export async function setPasswordWithToken(database: Database, token: string, password: string, purpose: PasswordTokenPurpose = "invite"): Promise<string | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const passwordHash = await hashPassword(password); // outside the transaction: argon2 is slow on purpose
  return database.transaction(async (tx) => {
    const [row] = await tx
      .update(passwordTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordTokens.tokenHash, digest(token)), eq(passwordTokens.purpose, purpose), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, sql`now()`)))
      .returning({ userId: passwordTokens.userId });
    if (!row) return null;
    await tx.update(passwordTokens).set({ usedAt: sql`now()` }).where(and(eq(passwordTokens.userId, row.userId), isNull(passwordTokens.usedAt)));
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, row.userId))
      .returning({ email: users.email });
    return user?.email ?? null;
  });
}
