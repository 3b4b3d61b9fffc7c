"use client";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import type { ConfirmSpec } from "@/components/ui/ConfirmDialog";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { lifecycleAction } from "./actions";

type Props = { slug: string; name: string; status: string; purgeAfter: string | null };

/**
 * One form per possible move from the store's current state, each with its
 * reason and a confirmation that fits the harm: the reason is checked first,
 * then the alert dialog asks; deleting asks for the store's slug, which the
 * server checks again (actions.ts).
 */
function LifecycleForm({ slug, op, label, confirm, reasonLabel, variant, children }: {
  slug: string;
  op: "suspend" | "reactivate" | "delete" | "restore";
  label: string;
  confirm: ConfirmSpec;
  reasonLabel?: string;
  variant: "primary" | "danger" | "secondary";
  children?: React.ReactNode;
}) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(lifecycleAction, { refreshOnSuccess: true });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={label}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="op" value={op} />
      {children}
      {reasonLabel ? <Field label={reasonLabel} name="reason" id={`${op}-reason`} errors={fieldErrors.reason} required={/required/.test(reasonLabel)} minLength={3} maxLength={500} /> : null}
      <SubmitButton variant={variant} pending={pending} confirm={confirm}>{label}</SubmitButton>
      {fieldErrors.confirmText ? <p className="text-sm text-red-700">{fieldErrors.confirmText.join(" ")}</p> : null}
      <FormMessage state={state} />
    </form>
  );
}

export function LifecycleForms({ slug, name, status, purgeAfter }: Props) {
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      {status === "active" ? (
        <LifecycleForm slug={slug} op="suspend" label="Suspend store" variant="danger" reasonLabel="Reason for the suspension (required)"
          confirm={{ title: `Suspend ${name}?`, description: "Its storefront shows “temporarily unavailable” and its dashboard becomes read-only.", actionLabel: "Suspend" }} />
      ) : null}
      {status === "suspended" ? (
        <LifecycleForm slug={slug} op="reactivate" label="Reactivate store" variant="primary" reasonLabel="Note (optional)" confirm={{ title: `Reactivate ${name}?`, description: "Its storefront and dashboard open again at once.", actionLabel: "Reactivate", tone: "primary" }} />
      ) : null}
      {purgeAfter ? (
        <LifecycleForm slug={slug} op="restore" label="Restore store" variant="primary" confirm={{ title: `Cancel the deletion of ${name}?`, description: "The store stays closed as it was before the deletion was requested.", actionLabel: "Restore", tone: "primary" }}>
          <p className="text-sm text-red-800">Scheduled for deletion: will be purged on {purgeAfter}. Restore it before then to keep it.</p>
        </LifecycleForm>
      ) : (
        <LifecycleForm slug={slug} op="delete" label="Delete store" variant="danger" reasonLabel="Reason for the deletion (required)"
          confirm={{
            title: `Schedule ${name} for deletion?`,
            description: "It can be restored for 7 days, then all its data — products, orders, customers, files — is purged for good.",
            actionLabel: "Schedule deletion",
            typeToConfirm: slug,
          }}>
          <p className="text-sm text-zinc-600">The store is kept for 7 days (restorable), then purged with all its data.</p>
        </LifecycleForm>
      )}
    </div>
  );
}
