import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/Card";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { OpenStoreForm } from "./OpenStoreForm";

export const metadata: Metadata = { title: "Open a store" };

export default async function OpenStorePage() {
  const user = await currentUser();
  return (
    <Card eyebrow="Plaza" title="Open a store">
      <p className="text-zinc-600">
        Tell us about your store. We review every application, usually within a day, and email you the decision.
        {user ? null : (
          <>
            {" "}Already have an account? <Link className="text-indigo-700 underline" href="/login">Sign in</Link> first.
          </>
        )}
      </p>
      <OpenStoreForm signedInAs={user?.email ?? null} rootDomain={env().ROOT_DOMAIN} />
    </Card>
  );
}
