"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import type { FormAction } from "@/lib/actions/action-type";
import { cancelOrderAction, fulfillOrderAction, markOrderPaidAction } from "./actions";

type Statuses = { status: string; paymentStatus: string; fulfillmentStatus: string };

function ActionForm({ slug, orderId, action, children }: { slug: string; orderId: string; action: FormAction; children: (pending: boolean) => React.ReactNode }) {
  const form = useActionForm(action);
  const router = useRouter();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!form.state.ok) return;
    void queryClient.invalidateQueries({ queryKey: ["store", slug, "orders"] });
    router.refresh();
  }, [form.state, router, queryClient, slug]);
  return (
    <form onSubmit={form.onSubmit} className="space-y-2">
      <input type="hidden" name="orderId" value={orderId} />
      {children(form.pending)}
      <FormMessage state={form.state} />
    </form>
  );
}

/** Mark paid, fulfill, cancel: only the moves the order's statuses allow are offered; the server checks them again. */
export function OrderActions({ slug, orderId, number, order }: { slug: string; orderId: string; number: number; order: Statuses }) {
  const open = order.status === "open";
  const canPay = open && order.paymentStatus === "pending";
  const canFulfill = open && order.fulfillmentStatus === "unfulfilled";
  const canCancel = open && order.fulfillmentStatus !== "fulfilled";
  if (!canPay && !canFulfill && !canCancel) return null;
  return (
    <div role="group" aria-label="Order actions" className="flex flex-wrap items-start gap-4 rounded-lg bg-zinc-100 p-4">
      {canPay ? (
        <ActionForm slug={slug} orderId={orderId} action={markOrderPaidAction}>
          {(pending) => <SubmitButton pending={pending} pendingLabel="Saving…">Mark paid</SubmitButton>}
        </ActionForm>
      ) : null}
      {canFulfill ? (
        <ActionForm slug={slug} orderId={orderId} action={fulfillOrderAction}>
          {(pending) => <SubmitButton pending={pending} pendingLabel="Saving…">Fulfill order</SubmitButton>}
        </ActionForm>
      ) : null}
      {canCancel ? (
        <ActionForm slug={slug} orderId={orderId} action={cancelOrderAction}>
          {(pending) => (
            <div className="flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="cancel-reason" className="block text-sm font-medium">Reason (optional, kept in the audit log)</label>
                <input id="cancel-reason" name="reason" maxLength={500} className="mt-1 rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm focus:outline-none focus:ring-2 focus:ring-indigo-500" />
              </div>
              <SubmitButton variant="danger" pending={pending} pendingLabel="Cancelling…" confirm={`Cancel order #${number}? Its items go back into stock${order.paymentStatus === "paid" ? " and the payment must be refunded by hand" : ""}.`}>
                Cancel order
              </SubmitButton>
            </div>
          )}
        </ActionForm>
      ) : null}
    </div>
  );
}
