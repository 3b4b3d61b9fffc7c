import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database, Queryable } from "@/lib/db/connect";
import { passwordTokens, users } from "@/lib/db/schema";
import { hashPassword } from "./password";

/*
 * "Set your password" links for owners invited from the console. The token is
 * 256 random bits; only its SHA-256 is stored (a database reader cannot use
 * one), it expires after PASSWORD_TOKEN_HOURS and is spent by an atomic
 * UPDATE … WHERE used_at IS NULL, so it works exactly once even under a race.
 */
export const PASSWORD_TOKEN_HOURS = 72;

const digest = (token: string) => createHash("sha256").update(token).digest("hex");
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** Issued inside the caller's transaction, so the link exists exactly when the invitation commits. */
export async function issuePasswordToken(tx: Queryable, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.insert(passwordTokens).values({
    tokenHash: digest(token),
    userId,
    expiresAt: sql`now() + make_interval(hours => ${PASSWORD_TOKEN_HOURS})`,
  });
  return token;
}

/** Whether a token is still usable (for showing the form or a clear "expired" message). */
export async function passwordTokenUsable(database: Queryable, token: string): Promise<boolean> {
  if (!TOKEN_SHAPE.test(token)) return false;
  const [row] = await database
    .select({ userId: passwordTokens.userId })
    .from(passwordTokens)
    .where(and(eq(passwordTokens.tokenHash, digest(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, sql`now()`)))
    .limit(1);
  return Boolean(row);
}

/**
 * Spends the token and sets the user's password in one transaction; returns
 * the user's email, or null when the token is unknown, used or expired.
 */
export async function setPasswordWithToken(database: Database, token: string, password: string): Promise<string | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const passwordHash = await hashPassword(password); // outside the transaction: argon2 is slow on purpose
  return database.transaction(async (tx) => {
    const [row] = await tx
      .update(passwordTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordTokens.tokenHash, digest(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, sql`now()`)))
      .returning({ userId: passwordTokens.userId });
    if (!row) return null;
    const [user] = await tx.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, row.userId)).returning({ email: users.email });
    return user?.email ?? null;
  });
}
