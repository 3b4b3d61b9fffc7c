"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { formList, storeAction } from "@/lib/actions/action";
import { ROLES } from "@/lib/auth/permissions";
import { reasonSchema } from "@/lib/auth/policy";
import { decideJoinRequests } from "@/lib/stores/join-requests";
import { changeMemberRole, removeMember } from "@/lib/stores/members";

/*
 * Members area actions. The store is the request host's (storeAction), so a
 * user id from another store's request matches nothing and is refused.
 */

const decideSchema = z
  .object({
    userId: formList(z.uuid({ error: "Unknown request." })).pipe(z.array(z.string()).min(1, "Select at least one request.")),
    decision: z.enum(["approve", "reject"], { error: "Choose approve or reject." }),
    role: z.enum(ROLES, { error: "Choose a role." }).optional(),
    reason: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject") {
      const r = reasonSchema.safeParse(v.reason ?? "");
      if (!r.success) ctx.addIssue({ code: "custom", path: ["reason"], message: r.error.issues[0]!.message });
    }
    if (v.decision === "approve" && !v.role) ctx.addIssue({ code: "custom", path: ["role"], message: "Choose a role for the new members." });
  });

export const decideJoinRequestsAction = storeAction("members:manage", decideSchema, async (input, { user, store }) =>
  decideJoinRequests(
    db(),
    user.id,
    store.id,
    input.userId,
    input.decision === "approve" ? { decision: "approve", role: input.role! } : { decision: "reject", reason: input.reason!.trim() },
  ),
);

export const changeRoleAction = storeAction(
  "members:manage",
  z.object({ userId: z.uuid(), role: z.enum(ROLES, { error: "Choose a role." }) }),
  async (input, { user, store }) => changeMemberRole(db(), user.id, store.id, input.userId, input.role),
);

export const removeMemberAction = storeAction(
  "members:manage",
  z.object({ userId: z.uuid(), reason: z.string().trim().max(1000).optional() }),
  async (input, { user, store }) => removeMember(db(), user.id, store.id, input.userId, input.reason || null),
);
