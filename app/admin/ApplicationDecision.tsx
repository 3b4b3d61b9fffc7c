"use client";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { decideApplicationsAction } from "./actions";

/**
 * Approve or reject one application, with its own reason: the per-item
 * decision of the queue and of the application's page. The reason is checked
 * by the server before anything changes; no confirm first.
 */
export function ApplicationDecision({ id, name, compact = false }: { id: string; name: string; compact?: boolean }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(decideApplicationsAction, { refreshOnSuccess: true });
  return (
    <form onSubmit={onSubmit} className="space-y-2" aria-label={`Decide ${name}`} noValidate>
      <input type="hidden" name="storeId" value={id} />
      <div className={`flex flex-wrap items-end gap-3 ${compact ? "" : "rounded-lg border border-zinc-200 bg-zinc-50 p-4"}`}>
        <SubmitButton name="decision" value="approve" pending={pending} pendingLabel="Saving…">
          Approve<span className="sr-only"> {name}</span>
        </SubmitButton>
        <div className="min-w-56 flex-1">
          <Field label={`Reason to reject ${name} (the applicant sees it)`} name="reason" id={`reason-${id}`} errors={fieldErrors.reason} />
        </div>
        <SubmitButton name="decision" value="reject" variant="danger" pending={pending} pendingLabel="Saving…">
          Reject<span className="sr-only"> {name}</span>
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
