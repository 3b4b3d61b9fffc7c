"use client";
import { startTransition, useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { idle, type ActionResult } from "@/lib/actions/result";
import type { FormAction } from "@/lib/actions/action-type";

/**
 * Runs a server action from onSubmit instead of the `action` prop: React
 * resets a form after an `action` prop runs, which would wipe what the user
 * typed when we answer with field errors. The pressed button's name/value is
 * kept (bulk bars use it to say approve or reject). `refreshOnSuccess`
 * re-renders the page's server components after each success, for forms
 * whose page shows what they changed (a decided request, a new plan).
 */
export function useActionForm(action: FormAction, options: { refreshOnSuccess?: boolean } = {}) {
  const [state, dispatch, pending] = useActionState<ActionResult<unknown>, FormData>(action, idle);
  const router = useRouter();
  const refresh = options.refreshOnSuccess === true;
  useEffect(() => {
    if (refresh && state.ok) router.refresh();
  }, [refresh, state, router]);
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const data = new FormData(e.currentTarget, submitter);
    startTransition(() => dispatch(data));
  };
  const fieldErrors = state.ok ? {} : (state.fieldErrors ?? {});
  return { state, pending, onSubmit, fieldErrors };
}
