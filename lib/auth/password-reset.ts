import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { limiter } from "@/lib/limits/limiter";
import { staffPasswordResetMail, type Brand } from "@/lib/mail/account-mail";
import { enqueueMail } from "@/lib/mail/outbox";
import { issuePasswordToken, RESET_TOKEN_MINUTES } from "./password-tokens";
import { emailSchema } from "./policy";

/*
 * "Forgot password" for staff accounts (one Plaza account across the root and
 * every store host). The answer is the same whether or not the email has an
 * account (RESET_SENT), so the form cannot be used to learn who works where.
 * Two limits (lib/limits): per client address, visible ("try again in N s");
 * per email, silent — past it the same answer comes back and no further mail
 * is written, so nobody can flood someone's inbox, and the count is spent for
 * unknown emails too, so the limit itself reveals nothing. Both stay closed
 * when the count store is down (a guard against abuse). The link's token is
 * single-use, short-lived and stored hashed (lib/auth/password-tokens.ts);
 * spending it ends every session of the account.
 */

export const RESET_SENT = "If an account exists for this email, we sent it a link to choose a new password. The link works for 30 minutes.";

export const RESET_LIMITS = {
  client: { points: 10, durationSeconds: 900 },
  account: { points: 3, durationSeconds: 900 },
};

const byClient = () => limiter({ name: "password-reset:client", ...RESET_LIMITS.client, whenDown: "closed" });
const byAccount = () => limiter({ name: "password-reset:account", ...RESET_LIMITS.account, whenDown: "closed" });

export const resetRequestSchema = z.object({ email: emailSchema.pipe(z.string().max(254, "Use at most 254 characters.")) });

export type ResetRequestResult = { ok: true; message: string } | { ok: false; error: string };

/**
 * Spends the limits for (scope, client, email): the seconds to wait when the
 * client is over its budget, "quiet" when the email is (answer as usual, send
 * nothing), else null. `scope` keeps staff and each store's customers apart.
 */
export async function takeResetRequest(scope: string, ip: string, email: string): Promise<number | "quiet" | null> {
  const client = await byClient().spend(`${scope}|${ip}`);
  if (!client.allowed) return client.retryAfterSeconds;
  const account = await byAccount().spend(`${scope}|${email}`);
  return account.allowed ? null : "quiet";
}

/**
 * Writes the reset mail when the email has an account; the same answer either
 * way. `linkPrefix` is where the reader asked from (lib/tenancy/link-origin.ts):
 * the root or a store's dashboard, so the link returns there.
 */
export async function requestStaffPasswordReset(
  database: Database,
  input: { email: string; ip: string; linkPrefix: string; brand: Brand; storeId?: string | null },
): Promise<ResetRequestResult> {
  const wait = await takeResetRequest("staff", input.ip, input.email);
  if (typeof wait === "number") return { ok: false, error: `Too many requests from here. Try again in ${wait} s.` };
  if (wait === "quiet") return { ok: true, message: RESET_SENT };
  await database.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, input.email)).limit(1);
    if (!user) return;
    const token = await issuePasswordToken(tx, user.id, "reset");
    const link = `${input.linkPrefix}/reset-password?token=${encodeURIComponent(token)}`;
    await enqueueMail(tx, [await staffPasswordResetMail(user.email, input.brand, link, RESET_TOKEN_MINUTES, input.storeId ?? null)]);
  });
  return { ok: true, message: RESET_SENT };
}
