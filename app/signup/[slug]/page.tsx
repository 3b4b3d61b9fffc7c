import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/Card";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { joinableProblem } from "@/lib/stores/join-requests";
import { findStoreBySlug } from "@/lib/tenancy/lookup";
import { slugProblem } from "@/lib/tenancy/slug";
import { JoinForm } from "./JoinForm";

export const metadata: Metadata = { title: "Join a store" };

export default async function JoinStorePage({ params }: { params: Promise<{ slug: string }> }) {
  // Next has already decoded the segment; decoding again would throw on "%".
  const slug = (await params).slug.toLowerCase();
  // Unknown, pending or suspended: say so and show no form, so nothing can be half-made.
  const problem = slugProblem(slug) ? "There is no store at this address. Check the spelling of the store's name." : await joinableProblem(db(), slug);
  if (problem) {
    return (
      <Card eyebrow="Join a store" title="This store cannot take requests">
        <p role="alert" className="text-zinc-700">{problem}</p>
        <Link href="/" className="text-indigo-700 underline">Back to Plaza</Link>
      </Card>
    );
  }
  const store = await findStoreBySlug(slug);
  const user = await currentUser();
  return (
    <Card eyebrow="Join a store" title={`Ask to join ${store?.name ?? slug}`}>
      <p className="text-zinc-600">
        The store&apos;s owners decide who joins. You can sign in to the dashboard once they approve your request.
        {user ? null : (
          <>
            {" "}Already have a Plaza account? <Link className="text-indigo-700 underline" href={`/login?next=${encodeURIComponent(`/signup/${slug}`)}`}>Sign in first</Link>.
          </>
        )}
      </p>
      <JoinForm slug={slug} signedInAs={user?.email ?? null} />
    </Card>
  );
}
