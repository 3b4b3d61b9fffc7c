"use client";
import { signOut } from "next-auth/react";

/** Ends this host's session only (cookies are host-only). */
export function SignOutButton({ to = "/", tone = "light" }: { to?: string; tone?: "light" | "dark" }) {
  // On the console's dark header zinc-600 was about 2.4:1; zinc-200 on zinc-900 is over 12:1.
  const colour = tone === "dark" ? "text-zinc-200 hover:text-white" : "text-zinc-700 hover:text-zinc-900";
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: to })} className={`text-sm underline ${colour}`}>
      Sign out
    </button>
  );
}
