"use client";
import { useEffect, type RefObject } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";

/**
 * After a successful application or join request: a visitor who just made an
 * account is signed in at the root with the form's own credentials, then
 * everyone goes to the waiting page.
 */
export function useSignInThenPending(succeeded: boolean, signedInAs: string | null, form: RefObject<HTMLFormElement | null>) {
  const router = useRouter();
  useEffect(() => {
    if (!succeeded) return;
    void (async () => {
      if (!signedInAs && form.current) {
        const data = new FormData(form.current);
        await signIn("credentials", { email: String(data.get("email")), password: String(data.get("password")), redirect: false });
      }
      router.push("/pending");
      router.refresh();
    })();
  }, [succeeded, signedInAs, form, router]);
}
