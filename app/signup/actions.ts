"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { publicAction } from "@/lib/actions/action";
import { newAccountSchema, noteSchema } from "@/lib/auth/policy";
import { applyForStore } from "@/lib/stores/applications";
import { slugSchema } from "@/lib/tenancy/slug";
import { refused } from "@/lib/actions/result";
import { clientIp } from "@/lib/auth/client-ip";
import { takeAccountCreation } from "@/lib/auth/rate-limit";

const storeFields = z.object({
  storeName: z.string().trim().min(2, "Enter your store's name (at least 2 characters).").max(80, "Use at most 80 characters."),
  slug: slugSchema,
  note: noteSchema.optional().default(null),
});

/** A visitor with no account: the account is created with the application. */
export const openStore = publicAction(z.intersection(storeFields, newAccountSchema), async (input) => {
  const wait = await takeAccountCreation(await clientIp());
  if (wait !== null) return refused(`Too many new accounts from here. Try again in ${wait} s.`);
  return applyForStore(db(), {
    storeName: input.storeName,
    slug: input.slug,
    note: input.note ?? null,
    account: { name: input.name, email: input.email, password: input.password },
  });
});

/** A signed-in user applies as themselves. */
export const openStoreSignedIn = publicAction(storeFields, async (input, { user }) => {
  if (!user) return refused("Your session has ended. Please sign in again.");
  return applyForStore(db(), { storeName: input.storeName, slug: input.slug, note: input.note ?? null, user });
});
