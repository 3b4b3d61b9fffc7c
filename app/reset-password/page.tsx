import type { Metadata } from "next";
import { ResetPasswordCard } from "@/components/auth/StaffPasswordPages";
import { db } from "@/lib/db/client";
import { passwordTokenUsable } from "@/lib/auth/password-tokens";
import { resetStaffPasswordAction } from "./actions";

// The token is in the URL: never pass it on in a Referer header.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = String((await searchParams).token ?? "");
  const usable = await passwordTokenUsable(db(), token, "reset");
  return <ResetPasswordCard eyebrow="Plaza" usable={usable} token={token} action={resetStaffPasswordAction} signInHref="/login" forgotHref="/forgot-password" />;
}
