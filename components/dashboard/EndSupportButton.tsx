"use client";
import { useEffect } from "react";
import { FormMessage } from "@/components/ui/FormMessage";
import { useActionForm } from "@/components/ui/useActionForm";
import { endSupportAction } from "@/app/d/[store]/(app)/support-actions";

/** "End now": ends the support session at once and returns to the console. */
export function EndSupportButton() {
  const { state, pending, onSubmit } = useActionForm(endSupportAction);
  const url = state.ok ? (state.data as { url?: string } | undefined)?.url : undefined;
  useEffect(() => {
    if (url) window.location.assign(url);
  }, [url]);
  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2">
      <button type="submit" disabled={pending} className="rounded-md bg-white px-3 py-1 text-sm font-semibold text-violet-800 hover:bg-violet-100 focus:outline-none focus:ring-2 focus:ring-white disabled:opacity-60">
        {pending ? "Ending…" : "End now"}
      </button>
      {!state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
