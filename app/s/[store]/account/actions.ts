"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { fieldError, refused } from "@/lib/actions/result";
import { takeAccountCreation, tooManyAttempts } from "@/lib/auth/rate-limit";
import { storefrontStore } from "@/lib/access/storefront";
import { db } from "@/lib/db/client";
import { authenticateCustomer, registerSchema, registerCustomer, signInSchema } from "@/lib/customers/accounts";
import { clearCustomerAttempts, recordCustomerFailure, takeCustomerAttempt } from "@/lib/customers/rate-limit";
import { currentCustomer, endCustomerSession, startCustomerSession } from "@/lib/customers/session";
import { requestCustomerPasswordReset, resetCustomerPassword } from "@/lib/customers/password-reset";
import { sendVerificationMail, verifyCustomerEmail } from "@/lib/customers/verification";
import { resetRequestSchema } from "@/lib/auth/password-reset";
import { passwordSchema } from "@/lib/auth/policy";
import { linkPrefix } from "@/lib/tenancy/link-origin";
import { clientIp } from "@/lib/auth/client-ip";
import { requestStoreSlug } from "@/lib/tenancy/request-store";
import { href, requestBase } from "@/lib/tenancy/request";
import { z } from "zod";

/*
 * Customer accounts. The store is the one the proxy routed this request to
 * (never a value from the form), and it must be open; the session cookie it
 * sets is signed for that store only (lib/customers/token.ts).
 */

const CLOSED = "This store is not open right now.";
const currentStore = async () => storefrontStore(await requestStoreSlug());

export const registerCustomerAction = publicAction(registerSchema, async (input) => {
  const store = await currentStore();
  if (!store) return refused(CLOSED);
  const wait = await takeAccountCreation(await clientIp());
  if (wait !== null) return refused(`Too many new accounts from here. Try again in ${wait} s.`);
  const result = await registerCustomer(db(), store.id, input);
  if (!result.ok) return fieldError(result.field, result.message);
  // The account works at once; the link proves the email, and then the guest orders placed with it appear.
  await sendVerificationMail(db(), storeBrand(store), result.customer, await linkPrefix(store.slug, "storefront"));
  const base = await requestBase();
  await startCustomerSession(base, store.id, result.customer.id);
  redirect(href(base, "/account"));
});

export const signInCustomerAction = publicAction(signInSchema, async (input) => {
  const store = await currentStore();
  if (!store) return refused(CLOSED);
  const ip = await clientIp();
  const wait = await takeCustomerAttempt(store.id, ip, input.email);
  if (wait) return refused(tooManyAttempts(wait));
  const customer = await authenticateCustomer(db(), store.id, input);
  // One message for "no such account" and "wrong password": the form does not reveal who shops here.
  if (!customer) {
    await recordCustomerFailure(store.id, ip, input.email);
    return refused("That email and password do not match an account at this store.");
  }
  await clearCustomerAttempts(store.id, ip, input.email);
  const base = await requestBase();
  await startCustomerSession(base, store.id, customer.id);
  redirect(href(base, "/account"));
});

export const signOutCustomerAction = publicAction(z.object({}), async () => {
  const base = await requestBase();
  await endCustomerSession(base);
  redirect(href(base, "/account/sign-in"));
});

/*
 * Forgot password, email verification. Links in the mails are made from the
 * place this request came through (subdomain, path mode or custom domain:
 * lib/tenancy/link-origin.ts), so they come back to the same storefront.
 */

const storeBrand = (store: NonNullable<Awaited<ReturnType<typeof currentStore>>>) => ({ id: store.id, name: store.name, color: store.theme.primaryColor });

export const requestCustomerResetAction = publicAction(resetRequestSchema, async (input) => {
  const store = await currentStore();
  if (!store) return refused(CLOSED);
  return requestCustomerPasswordReset(db(), storeBrand(store), { email: input.email, ip: await clientIp(), linkPrefix: await linkPrefix(store.slug, "storefront") });
});

const resetSchema = z
  .object({ token: z.string().min(1, "This link is incomplete.").max(200), password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });

export const resetCustomerPasswordAction = publicAction(resetSchema, async (input) => {
  const store = await currentStore();
  if (!store) return refused(CLOSED);
  const email = await resetCustomerPassword(db(), store.id, input.token, input.password);
  if (!email) return refused("This link has expired or was already used. Ask for a new one.");
  return { ok: true, message: `Your password is set and you are signed out everywhere. Sign in as ${email} with the new password.` };
});

export const verifyEmailAction = publicAction(z.object({ token: z.string().min(1, "This link is incomplete.").max(200) }), async (input) => {
  const store = await currentStore();
  if (!store) return refused(CLOSED);
  const email = await verifyCustomerEmail(db(), store.id, input.token);
  if (!email) return refused("This link has expired or was already used. Sign in and ask for a new one.");
  return { ok: true, message: `Thank you: ${email} is confirmed. Your account now shows the orders placed with it.` };
});

export const resendVerificationAction = publicAction(z.object({}), async () => {
  const store = await currentStore();
  if (!store) return refused(CLOSED);
  const customer = await currentCustomer(store.id);
  if (!customer) return refused("Sign in first.");
  if (customer.emailVerifiedAt) return { ok: true, message: "Your email is already confirmed." };
  const sent = await sendVerificationMail(db(), storeBrand(store), customer, await linkPrefix(store.slug, "storefront"));
  if (!sent.ok) return refused(`We sent several links already. Try again in ${sent.retryAfterSeconds} s.`);
  return { ok: true, message: `We sent a new link to ${customer.email}.` };
});
