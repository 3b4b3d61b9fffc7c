import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/Card";
import { MyStores } from "@/components/account/MyStores";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listMyStores } from "@/lib/stores/my-stores";

export const metadata: Metadata = { title: "Application status" };

/** The waiting page after applying or asking to join; also where a pending owner sees the decision. */
export default async function PendingPage() {
  const user = await currentUser();
  if (!user) {
    return (
      <Card eyebrow="Thank you" title="Your request is in">
        <p className="text-zinc-600">We will email you when it is decided. <Link className="text-indigo-700 underline" href="/login">Sign in</Link> to see its status at any time.</p>
      </Card>
    );
  }
  const stores = await listMyStores(db(), user.id);
  return (
    <Card eyebrow={`Signed in as ${user.email}`} title="Your requests">
      <p className="text-zinc-600">Nobody gets into a store until someone with the right to decide says yes. We email you each decision.</p>
      <MyStores stores={stores} />
      <SignOutButton />
    </Card>
  );
}
