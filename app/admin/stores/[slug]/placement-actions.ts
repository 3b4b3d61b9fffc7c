"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { platformAction } from "@/lib/actions/action";
import { refused } from "@/lib/actions/result";
import { moveFromConsole } from "@/lib/console/placement";
import { findStore } from "@/lib/console/stores";

/*
 * The console's Move action (store detail → Placement). A platform admin may
 * place any store; the plan only says whether dedicated placement is part of
 * it (lib/plans/plans.ts). The move audits itself in its switching transaction.
 */

const slug = z.string().trim().min(1, "Unknown store.");
const moveSchema = z.discriminatedUnion("to", [
  z.object({ slug, to: z.literal("pool") }),
  z.object({
    slug,
    to: z.literal("dedicated"),
    databaseUrl: z
      .string()
      .trim()
      .min(1, "Give the PostgreSQL address of the dedicated database.")
      .max(2000, "That address is too long.")
      .regex(/^postgres(ql)?:\/\/[^\s]+$/, "Use a postgres:// address, like postgres://user:password@host:5432/store_db."),
  }),
]);

export const moveStoreAction = platformAction(moveSchema, async (input, { user }) => {
  const store = await findStore(db(), input.slug);
  if (!store) return refused("Store not found.");
  const outcome = await moveFromConsole(db(), store, input.to === "pool" ? { pool: true } : { databaseUrl: input.databaseUrl }, user.id);
  return outcome.ok ? { ok: true, message: outcome.message } : refused(outcome.error);
});
