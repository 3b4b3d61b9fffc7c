import type { Metadata } from "next";
import { Card } from "@/components/ui/Card";
import { db } from "@/lib/db/client";
import { passwordTokenUsable } from "@/lib/auth/password-tokens";
import { rootUrl } from "@/lib/tenancy/urls";
import { NewPasswordForm } from "@/components/auth/NewPasswordForm";
import { setPasswordAction } from "./actions";

// The token is in the URL: never pass it on in a Referer header.
export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = (await searchParams).token ?? "";
  const usable = await passwordTokenUsable(db(), token);
  return (
    <Card eyebrow="Plaza" title="Set your password">
      {usable ? (
        <NewPasswordForm action={setPasswordAction} token={token} signInHref={rootUrl("/login")} label="Set your password" submitLabel="Set password" />
      ) : (
        <p role="alert" className="text-red-800">
          This link has expired or was already used. Ask Plaza support for a new invitation, or <a className="text-indigo-700 underline" href={rootUrl("/login")}>sign in</a>.
        </p>
      )}
    </Card>
  );
}
