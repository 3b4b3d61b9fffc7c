import type { Metadata } from "next";
import { ForgotPasswordCard } from "@/components/auth/StaffPasswordPages";
import { requestStaffResetAction } from "../reset-password/actions";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return <ForgotPasswordCard eyebrow="Plaza" action={requestStaffResetAction} signInHref="/login" />;
}
