"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { fieldError, refused } from "@/lib/actions/result";
import { takeAccountCreation, tooManyAttempts } from "@/lib/auth/rate-limit";
import { openStore } from "@/lib/commerce/shop";
import { db } from "@/lib/db/client";
import { authenticateCustomer, registerSchema, registerCustomer, signInSchema } from "@/lib/customers/accounts";
import { clearCustomerAttempts, recordCustomerFailure, takeCustomerAttempt } from "@/lib/customers/rate-limit";
import { endCustomerSession, requestIp, startCustomerSession } from "@/lib/customers/session";
import { requestStoreSlug } from "@/lib/tenancy/request-store";
import { href, requestBase } from "@/lib/tenancy/request";
import { z } from "zod";

/*
 * Customer accounts. The store is the one the proxy routed this request to
 * (never a value from the form), and it must be open; the session cookie it
 * sets is signed for that store only (lib/customers/token.ts).
 */

const CLOSED = "This store is not open right now.";
const currentStore = async () => openStore(await requestStoreSlug());

export const registerCustomerAction = publicAction(registerSchema, async (input) => {
  const store = await currentStore();
  if (!store) return refused(CLOSED);
  const wait = await takeAccountCreation(await requestIp());
  if (wait !== null) return refused(`Too many new accounts from here. Try again in ${wait} s.`);
  const result = await registerCustomer(db(), store.id, input);
  if (!result.ok) return fieldError(result.field, result.message);
  const base = await requestBase();
  await startCustomerSession(base, store.id, result.customer.id);
  redirect(href(base, "/account"));
});

export const signInCustomerAction = publicAction(signInSchema, async (input) => {
  const store = await currentStore();
  if (!store) return refused(CLOSED);
  const ip = await requestIp();
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
