"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { formList, platformAction } from "@/lib/actions/action";
import { reasonSchema } from "@/lib/auth/policy";
import { decideStoreApplications } from "@/lib/stores/applications";
import { invalidateStore } from "@/lib/tenancy/lookup";

const schema = z
  .object({
    storeId: formList(z.uuid({ error: "Unknown application." })).pipe(z.array(z.string()).min(1, "Select at least one application.")),
    decision: z.enum(["approve", "reject"], { error: "Choose approve or reject." }),
    reason: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== "reject") return;
    const r = reasonSchema.safeParse(v.reason ?? "");
    if (!r.success) ctx.addIssue({ code: "custom", path: ["reason"], message: r.error.issues[0]!.message });
  });

export const decideApplicationsAction = platformAction(schema, async (input, { user }) => {
  const result = await decideStoreApplications(
    db(),
    user.id,
    input.storeId,
    input.decision === "approve" ? { decision: "approve" } : { decision: "reject", reason: input.reason!.trim() },
  );
  // The proxy caches store status: drop it so the storefront and dashboard open at once.
  if (result.ok) for (const slug of result.data?.slugs ?? []) invalidateStore(slug);
  return result;
});
