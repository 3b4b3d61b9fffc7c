"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { lifecycleAction } from "./actions";

type Props = { slug: string; name: string; status: string; purgeAfter: string | null };

/** One form per possible move from the store's current state, each with its reason and a confirmation. */
function LifecycleForm({ slug, op, label, confirm, reasonLabel, variant, children }: {
  slug: string;
  op: "suspend" | "reactivate" | "delete" | "restore";
  label: string;
  confirm: string;
  reasonLabel?: string;
  variant: "primary" | "danger" | "secondary";
  children?: React.ReactNode;
}) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(lifecycleAction);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={label}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="op" value={op} />
      {children}
      {reasonLabel ? <Field label={reasonLabel} name="reason" id={`${op}-reason`} errors={fieldErrors.reason} /> : null}
      <SubmitButton variant={variant} pending={pending} confirm={confirm}>{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function LifecycleForms({ slug, name, status, purgeAfter }: Props) {
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      {status === "active" ? (
        <LifecycleForm slug={slug} op="suspend" label="Suspend store" variant="danger" reasonLabel="Reason for the suspension (required)"
          confirm={`Suspend ${name}? Its storefront shows “temporarily unavailable” and its dashboard becomes read-only.`} />
      ) : null}
      {status === "suspended" ? (
        <LifecycleForm slug={slug} op="reactivate" label="Reactivate store" variant="primary" reasonLabel="Note (optional)" confirm={`Reactivate ${name}?`} />
      ) : null}
      {purgeAfter ? (
        <LifecycleForm slug={slug} op="restore" label="Restore store" variant="primary" confirm={`Cancel the deletion of ${name}?`}>
          <p className="text-sm text-red-800">Scheduled for deletion: will be purged on {purgeAfter}. Restore it before then to keep it.</p>
        </LifecycleForm>
      ) : (
        <LifecycleForm slug={slug} op="delete" label="Delete store" variant="danger" reasonLabel="Reason for the deletion (required)"
          confirm={`Schedule ${name} for deletion? It can be restored for 7 days, then all its data is purged.`}>
          <p className="text-sm text-zinc-600">The store is kept for 7 days (restorable), then purged with all its data.</p>
        </LifecycleForm>
      )}
    </div>
  );
}
