import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Card } from "@/components/ui/Card";
import { LoginForm } from "@/components/auth/LoginForm";
import { dashboardAccess } from "@/lib/access/store";
import { href, requestBase } from "@/lib/tenancy/request";

export const metadata: Metadata = { title: "Sign in" };

/** The store host's own sign-in (its session is separate from the root's and other stores'). */
export default async function StoreLoginPage({ params }: { params: Promise<{ store: string }> }) {
  const { store: slug } = await params;
  const access = await dashboardAccess(slug);
  if (access.kind === "no-store") notFound();
  const base = await requestBase();
  if (access.kind === "member" || access.kind === "denied") redirect(href(base, "/"));
  const name = "store" in access ? access.store.name : slug;
  return (
    <Card eyebrow={name} title={`Sign in to ${name}`}>
      <LoginForm next={href(base, "/")} />
      <p className="text-sm text-zinc-600">
        <Link className="text-indigo-700 underline" href={href(base, "/forgot-password")}>Forgot your password?</Link>
      </p>
    </Card>
  );
}
