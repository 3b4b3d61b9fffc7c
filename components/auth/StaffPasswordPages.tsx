import Link from "next/link";
import { Card } from "@/components/ui/Card";
import type { FormAction } from "@/lib/actions/action-type";
import { ForgotPasswordForm } from "./ForgotPasswordForm";
import { NewPasswordForm } from "./NewPasswordForm";

/*
 * The two staff password pages, shared by the root host and every store's
 * dashboard (app/forgot-password, app/d/[store]/forgot-password, …): only the
 * name on top and where "sign in" leads differ.
 */

export function ForgotPasswordCard({ eyebrow, action, signInHref }: { eyebrow: string; action: FormAction; signInHref: string }) {
  return (
    <Card eyebrow={eyebrow} title="Forgot your password?">
      <p className="text-sm text-zinc-600">Enter the email of your Plaza account. We send a link to choose a new password.</p>
      <ForgotPasswordForm action={action} />
      <p className="text-sm text-zinc-600">
        Remembered it? <Link className="text-indigo-700 underline" href={signInHref}>Sign in</Link>
      </p>
    </Card>
  );
}

export function ResetPasswordCard({ eyebrow, usable, token, action, signInHref, forgotHref }: { eyebrow: string; usable: boolean; token: string; action: FormAction; signInHref: string; forgotHref: string }) {
  return (
    <Card eyebrow={eyebrow} title="Choose a new password">
      {usable ? (
        <NewPasswordForm action={action} token={token} signInHref={signInHref} />
      ) : (
        <p role="alert" className="text-red-800">
          This link has expired or was already used. <a className="text-indigo-700 underline" href={forgotHref}>Ask for a new one</a>.
        </p>
      )}
    </Card>
  );
}
