import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResetPasswordCard } from "@/components/auth/StaffPasswordPages";
import { db } from "@/lib/db/client";
import { passwordTokenUsable } from "@/lib/auth/password-tokens";
import { findStoreBySlug } from "@/lib/tenancy/lookup";
import { href, requestBase } from "@/lib/tenancy/request";
import { resetStaffPasswordAction } from "@/app/reset-password/actions";

// The token is in the URL: never pass it on in a Referer header.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function StoreResetPasswordPage({ params, searchParams }: { params: Promise<{ store: string }>; searchParams: Promise<{ token?: string }> }) {
  const store = await findStoreBySlug((await params).store);
  if (!store) notFound();
  const base = await requestBase();
  const token = String((await searchParams).token ?? "");
  const usable = await passwordTokenUsable(db(), token, "reset");
  return <ResetPasswordCard eyebrow={store.name} usable={usable} token={token} action={resetStaffPasswordAction} signInHref={href(base, "/login")} forgotHref={href(base, "/forgot-password")} />;
}
