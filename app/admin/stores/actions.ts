"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { platformAction } from "@/lib/actions/action";
import { emailSchema } from "@/lib/auth/policy";
import { createStoreFromConsole } from "@/lib/console/create-store";
import { PLAN_IDS } from "@/lib/plans/plans";
import { slugSchema } from "@/lib/tenancy/slug";

const createSchema = z.object({
  name: z.string().trim().min(1, "Enter the store's name.").max(100, "Use at most 100 characters."),
  slug: slugSchema,
  plan: z.enum(PLAN_IDS, { error: "Choose a plan." }),
  ownerEmail: emailSchema,
});

export const createStoreAction = platformAction(createSchema, async (input, { user }) => {
  const result = await createStoreFromConsole(db(), user.id, input);
  if (!result.ok) return result;
  return { ...result, data: { slug: input.slug } };
});
