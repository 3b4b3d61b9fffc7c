"use client";
import { useEffect, useRef, useState } from "react";
import { signIn } from "next-auth/react";

/** Trades the single-use token for this host's own session, then opens the dashboard. */
export function HopSignIn({ token, next, loginUrl }: { token: string; next: string; loginUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return; // the token works once: never send it twice (React dev double effects)
    started.current = true;
    void signIn("hop", { token, redirect: false }).then((res) => {
      if (res?.ok && !res.error) window.location.replace(next);
      else setError(res?.error ?? "This sign-in link has expired or was already used.");
    });
  }, [token, next]);
  if (!error) return <p role="status">Signing you in…</p>;
  return (
    <p role="alert" className="text-red-800">
      {error} <a className="text-indigo-700 underline" href={loginUrl}>Sign in</a>
    </p>
  );
}
