import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/Card";
import { db } from "@/lib/db/client";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { findInvite } from "@/lib/stores/invites";
import { AcceptInviteForm } from "./AcceptInviteForm";

// The token is in the URL: never pass it on in a Referer header.
export const metadata: Metadata = { title: "Your invitation", referrer: "no-referrer" };

/** A staff invitation's link (root host, so it works whatever the store's routing mode). */
export default async function InvitePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = String((await searchParams).token ?? "");
  const invite = await findInvite(db(), token);
  if (!invite) {
    return (
      <Card eyebrow="Plaza" title="Your invitation">
        <p role="alert" className="text-red-800">This invitation has expired, was revoked or was already used. Ask the store for a new one.</p>
        <p className="text-sm"><Link className="text-indigo-700 underline" href="/login">Sign in</Link></p>
      </Card>
    );
  }
  return (
    <Card eyebrow={invite.storeName} title={`Join ${invite.storeName}`}>
      <p className="text-zinc-700">You are invited to the team of {invite.storeName} as <span className="font-semibold">{ROLE_LABELS[invite.role]}</span>.</p>
      <AcceptInviteForm token={token} email={invite.email} slug={invite.storeSlug} hasAccount={invite.hasAccount} />
    </Card>
  );
}
