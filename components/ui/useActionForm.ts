"use client";
import { startTransition, useActionState } from "react";
import { idle, type ActionResult } from "@/lib/actions/result";
import type { FormAction } from "@/lib/actions/action-type";

/**
 * Runs a server action from onSubmit instead of the `action` prop: React
 * resets a form after an `action` prop runs, which would wipe what the user
 * typed when we answer with field errors. The pressed button's name/value is
 * kept (bulk bars use it to say approve or reject).
 */
export function useActionForm(action: FormAction) {
  const [state, dispatch, pending] = useActionState<ActionResult<unknown>, FormData>(action, idle);
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const data = new FormData(e.currentTarget, submitter);
    startTransition(() => dispatch(data));
  };
  const fieldErrors = state.ok ? {} : (state.fieldErrors ?? {});
  return { state, pending, onSubmit, fieldErrors };
}
