"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { storeAction } from "@/lib/actions/action";
import { inviteInputSchema } from "@/lib/stores/invite-input";
import { inviteMember, resendInvite, revokeInvite } from "@/lib/stores/invites";

/*
 * Staff invitations from the members page. The store is the request host's
 * (storeAction, members:manage), so another store's invitation id matches
 * nothing and is refused; lib/stores/invites.ts checks the actor's role again
 * inside the transaction.
 */

export const inviteMemberAction = storeAction(
  "members:manage",
  inviteInputSchema,
  async (input, { user, store }) => inviteMember(db(), user, store.id, input),
);

const inviteId = z.object({ inviteId: z.uuid({ error: "Unknown invitation." }) });

export const resendInviteAction = storeAction("members:manage", inviteId, async (input, { user, store }) => resendInvite(db(), user, store.id, input.inviteId));

export const revokeInviteAction = storeAction("members:manage", inviteId, async (input, { user, store }) => revokeInvite(db(), user.id, store.id, input.inviteId));
