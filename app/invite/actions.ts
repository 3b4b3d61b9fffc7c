"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { publicAction } from "@/lib/actions/action";
import { refused } from "@/lib/actions/result";
import { clientIp } from "@/lib/auth/client-ip";
import { findPasswordUser } from "@/lib/auth/accounts";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { nameSchema, passwordIsEmail, passwordSchema } from "@/lib/auth/policy";
import { clearLoginAttempts, recordLoginFailure, takeAccountCreation, takeLoginAttempt, tooManyAttempts } from "@/lib/auth/rate-limit";
import { BAD_CREDENTIALS } from "@/lib/auth/options";
import { acceptInvite, findInvite } from "@/lib/stores/invites";

/*
 * Accepting a staff invitation on the root host. A new account chooses a
 * password (the account-creation limit applies); an existing account proves
 * itself with its password, throttled exactly as sign-in is. The email is
 * always the invitation's, never a form value. The browser then signs in
 * with the same password and hops to the store (app/invite/AcceptInviteForm.tsx).
 */

const token = z.string().min(1, "This link is incomplete.").max(200);

const schema = z.discriminatedUnion("mode", [
  z
    .object({ mode: z.literal("new"), token, name: nameSchema, password: passwordSchema, confirm: z.string() })
    .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." }),
  z.object({ mode: z.literal("existing"), token, password: z.string().min(1, "Enter your password.").max(200) }),
]);

const DEAD = "This invitation has expired, was revoked or was already used. Ask the store for a new one.";

export const acceptInviteAction = publicAction(schema, async (input) => {
  const invite = await findInvite(db(), input.token);
  if (!invite) return refused(DEAD);
  const ip = await clientIp();
  if (input.mode === "new") {
    if (passwordIsEmail(input.password, invite.email)) return { ok: false, fieldErrors: { password: ["Choose a password that is not your email."] } };
    const wait = await takeAccountCreation(ip);
    if (wait !== null) return refused(`Too many new accounts from here. Try again in ${wait} s.`);
    return acceptInvite(db(), input.token, { account: { name: input.name, passwordHash: await hashPassword(input.password) } });
  }
  const wait = await takeLoginAttempt(ip, invite.email);
  if (wait !== null) return refused(tooManyAttempts(wait));
  const user = await findPasswordUser(db(), invite.email);
  if (!user || !(await verifyPassword(user.hash, input.password))) {
    await recordLoginFailure(ip, invite.email);
    return { ok: false, fieldErrors: { password: [BAD_CREDENTIALS] } };
  }
  await clearLoginAttempts(ip, invite.email);
  return acceptInvite(db(), input.token, { user: { id: user.id, email: user.email } });
});
