"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { fieldError, refused } from "@/lib/actions/result";
import { takeAccountCreation, tooManyAttempts } from "@/lib/auth/rate-limit";
import { openStore } from "@/lib/commerce/shop";
import { db } from "@/lib/db/client";
import { authenticateShopper, registerSchema, registerShopper, signInSchema } from "@/lib/shoppers/accounts";
import { clearShopperAttempts, recordShopperFailure, takeShopperAttempt } from "@/lib/shoppers/rate-limit";
import { endShopperSession, requestIp, startShopperSession } from "@/lib/shoppers/session";
import { requestStoreSlug } from "@/lib/tenancy/request-store";
import { href, requestBase } from "@/lib/tenancy/request";
import { z } from "zod";

/*
 * Shopper accounts. The store is the one the proxy routed this request to
 * (never a value from the form), and it must be open; the session cookie it
 * sets is signed for that store only (lib/shoppers/token.ts).
 */

const CLOSED = "This store is not open right now.";
const currentStore = async () => openStore(await requestStoreSlug());

export const registerShopperAction = publicAction(registerSchema, async (input) => {
  const store = await currentStore();
  if (!store) return refused(CLOSED);
  const wait = await takeAccountCreation(await requestIp());
  if (wait !== null) return refused(`Too many new accounts from here. Try again in ${wait} s.`);
  const result = await registerShopper(db(), store.id, input);
  if (!result.ok) return fieldError(result.field, result.message);
  const base = await requestBase();
  await startShopperSession(base, store.id, result.shopper.id);
  redirect(href(base, "/account"));
});

export const signInShopperAction = publicAction(signInSchema, async (input) => {
  const store = await currentStore();
  if (!store) return refused(CLOSED);
  const ip = await requestIp();
  const wait = await takeShopperAttempt(store.id, ip, input.email);
  if (wait) return refused(tooManyAttempts(wait));
  const shopper = await authenticateShopper(db(), store.id, input);
  // One message for "no such account" and "wrong password": the form does not reveal who shops here.
  if (!shopper) {
    await recordShopperFailure(store.id, ip, input.email);
    return refused("That email and password do not match an account at this store.");
  }
  await clearShopperAttempts(store.id, ip, input.email);
  const base = await requestBase();
  await startShopperSession(base, store.id, shopper.id);
  redirect(href(base, "/account"));
});

export const signOutShopperAction = publicAction(z.object({}), async () => {
  const base = await requestBase();
  await endShopperSession(base);
  redirect(href(base, "/account/sign-in"));
});
