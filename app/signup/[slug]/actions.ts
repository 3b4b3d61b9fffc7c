"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { publicAction } from "@/lib/actions/action";
import { newAccountSchema, noteSchema } from "@/lib/auth/policy";
import { requestToJoin } from "@/lib/stores/join-requests";
import { slugSchema } from "@/lib/tenancy/slug";
import { refused } from "@/lib/actions/result";
import { clientIp } from "@/lib/auth/client-ip";
import { takeAccountCreation } from "@/lib/auth/rate-limit";

const joinFields = z.object({ slug: slugSchema, note: noteSchema.optional().default(null) });

/** A visitor with no account: account and pending membership in one transaction, or neither. */
export const askToJoin = publicAction(z.intersection(joinFields, newAccountSchema), async (input) => {
  const wait = await takeAccountCreation(await clientIp());
  if (wait !== null) return refused(`Too many new accounts from here. Try again in ${wait} s.`);
  return requestToJoin(db(), { slug: input.slug, note: input.note ?? null, account: { name: input.name, email: input.email, password: input.password } });
});

/** A signed-in user asks as themselves (one user may ask several stores). */
export const askToJoinSignedIn = publicAction(joinFields, async (input, { user }) => {
  if (!user) return refused("Your session has ended. Please sign in again.");
  return requestToJoin(db(), { slug: input.slug, note: input.note ?? null, user });
});
