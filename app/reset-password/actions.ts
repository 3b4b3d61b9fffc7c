"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { publicAction } from "@/lib/actions/action";
import { refused } from "@/lib/actions/result";
import { clientIp } from "@/lib/auth/client-ip";
import { requestStaffPasswordReset, resetRequestSchema } from "@/lib/auth/password-reset";
import { setPasswordWithToken } from "@/lib/auth/password-tokens";
import { passwordSchema } from "@/lib/auth/policy";
import { linkPrefix } from "@/lib/tenancy/link-origin";
import { findStoreBySlug } from "@/lib/tenancy/lookup";
import { requestStoreSlug } from "@/lib/tenancy/request-store";

/*
 * Staff "forgot password", on the root host and on every store's dashboard
 * sign-in (one Plaza account for both). The store, when there is one, is the
 * one the proxy routed this request to, never a form value: it only decides
 * the mail's name, colour and where its link returns.
 */

export const requestStaffResetAction = publicAction(resetRequestSchema, async (input) => {
  const slug = await requestStoreSlug();
  const store = slug ? await findStoreBySlug(slug) : null;
  if (slug && !store) return refused("This store is not on Plaza.");
  return requestStaffPasswordReset(db(), {
    email: input.email,
    ip: await clientIp(),
    linkPrefix: await linkPrefix(slug, store ? "dashboard" : "root"),
    brand: store ? { name: store.name, color: store.theme.primaryColor } : { name: "Plaza" },
    storeId: store?.id ?? null,
  });
});

const resetSchema = z
  .object({ token: z.string().min(1, "This link is incomplete.").max(200), password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });

export const resetStaffPasswordAction = publicAction(resetSchema, async (input) => {
  const email = await setPasswordWithToken(db(), input.token, input.password, "reset");
  if (!email) return refused("This link has expired or was already used. Ask for a new one.");
  return { ok: true, message: `Your password is set and every session of ${email} has ended. Sign in with the new password.` };
});
