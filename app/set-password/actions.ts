"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { publicAction } from "@/lib/actions/action";
import { refused } from "@/lib/actions/result";
import { passwordSchema } from "@/lib/auth/policy";
import { setPasswordWithToken } from "@/lib/auth/password-tokens";

const schema = z
  .object({ token: z.string().min(1, "This link is incomplete."), password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });

/** Spends the single-use token from the invitation mail and sets the account's password. */
export const setPasswordAction = publicAction(schema, async (input) => {
  const email = await setPasswordWithToken(db(), input.token, input.password);
  if (!email) return refused("This link has expired or was already used. Ask Plaza support for a new invitation.");
  return { ok: true, message: `Your password is set. Sign in as ${email}.` };
});
