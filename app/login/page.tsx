import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/Card";
import { MyStores } from "@/components/account/MyStores";
import { LoginForm } from "@/components/auth/LoginForm";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { canEnter, listMyStores } from "@/lib/stores/my-stores";
import { consoleUrl } from "@/lib/tenancy/urls";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths: `next` must never send the user to another origin. */
const safeNext = (v: string | undefined) => (v && /^\/(?![/\\])[\w\-/.?=&%]*$/.test(v) ? v : "/login");

/**
 * Root sign-in. Signed in: a chooser of the stores the user can enter (one
 * store and nothing pending → straight to it), plus the status of every
 * application and request.
 */
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNext((await searchParams).next);
  const user = await currentUser();
  if (!user) {
    return (
      <Card eyebrow="Plaza" title="Sign in">
        <LoginForm next={next} />
        <p className="text-sm text-zinc-600">
          <Link className="text-indigo-700 underline" href="/forgot-password">Forgot your password?</Link>
        </p>
        <p className="text-sm text-zinc-600">
          New here? <Link className="text-indigo-700 underline" href="/signup">Open a store</Link>.
        </p>
      </Card>
    );
  }
  if (next !== "/login") redirect(next);
  const stores = await listMyStores(db(), user.id);
  const enterable = stores.filter(canEnter);
  if (enterable.length === 1 && stores.length === 1 && !user.isPlatformAdmin) redirect(`/login/go/${enterable[0]!.slug}`);
  return (
    <Card eyebrow={`Signed in as ${user.email}`} title="Your stores">
      {user.isPlatformAdmin ? (
        <p>
          <a className="text-indigo-700 underline" href={consoleUrl("/")}>Open the platform console</a>
        </p>
      ) : null}
      <MyStores stores={stores} />
      <p className="text-sm text-zinc-600">
        <Link className="text-indigo-700 underline" href="/signup">Open another store</Link>
      </p>
      <SignOutButton />
    </Card>
  );
}
