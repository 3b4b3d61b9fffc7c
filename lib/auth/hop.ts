import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { loginTokens } from "@/lib/db/schema";

/*
 * The hop from a root-domain sign-in to a store host. Cookies are host-only,
 * so the store host cannot see the root session; instead the root issues a
 * random token that the store host trades for its own session. The token is
 * unguessable (256 bits), bound to one store, lives ≤ 60 s and is spent by an
 * atomic UPDATE … WHERE used_at IS NULL, so it works once. Works the same for
 * custom domains later (no shared parent-domain cookie).
 */
export const HOP_TTL_SECONDS = 60;

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

export async function issueHopToken(database: Database, userId: string, storeId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await database.insert(loginTokens).values({
    tokenHash: digest(token),
    userId,
    storeId,
    expiresAt: sql`now() + make_interval(secs => ${HOP_TTL_SECONDS})`,
  });
  // Housekeeping: spent and expired tokens are useless; keep the table small.
  await database.delete(loginTokens).where(lt(loginTokens.expiresAt, sql`now() - interval '1 hour'`));
  return token;
}

/** The user the token was issued to, once, if it is for this store and still fresh; else null. */
export async function consumeHopToken(database: Database, token: string, storeId: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await database
    .update(loginTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(loginTokens.tokenHash, digest(token)),
        eq(loginTokens.storeId, storeId),
        isNull(loginTokens.usedAt),
        gt(loginTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: loginTokens.userId });
  return row?.userId ?? null;
}
