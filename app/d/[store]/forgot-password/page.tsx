import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ForgotPasswordCard } from "@/components/auth/StaffPasswordPages";
import { findStoreBySlug } from "@/lib/tenancy/lookup";
import { href, requestBase } from "@/lib/tenancy/request";
import { requestStaffResetAction } from "@/app/reset-password/actions";

export const metadata: Metadata = { title: "Forgot your password?" };

/** The store host's own "forgot password": the mail's link comes back to this host's dashboard. */
export default async function StoreForgotPasswordPage({ params }: { params: Promise<{ store: string }> }) {
  const store = await findStoreBySlug((await params).store);
  if (!store) notFound();
  const base = await requestBase();
  return <ForgotPasswordCard eyebrow={store.name} action={requestStaffResetAction} signInHref={href(base, "/login")} />;
}
