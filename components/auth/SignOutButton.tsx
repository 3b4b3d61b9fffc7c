"use client";
import { signOut } from "next-auth/react";

/** Ends this host's session only (cookies are host-only). */
export function SignOutButton({ to = "/" }: { to?: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: to })} className="text-sm text-zinc-600 underline hover:text-zinc-900">
      Sign out
    </button>
  );
}
