"use client";
import { useActionForm } from "@/components/ui/useActionForm";
import { signOutCustomerAction } from "./actions";

export function SignOutForm() {
  const form = useActionForm(signOutCustomerAction);
  return (
    <form onSubmit={form.onSubmit}>
      <button type="submit" disabled={form.pending} className="rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm font-medium text-zinc-800 hover:bg-zinc-50 focus:outline-none focus:ring-2 focus:ring-(--store-primary)">
        {form.pending ? "Signing out…" : "Sign out"}
      </button>
    </form>
  );
}
