"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import type { FormAction } from "@/lib/actions/action-type";
import { Field } from "@/components/ui/Field";
import { addOrderNoteAction, cancelOrderAction, closeOrderAction, fulfillOrderAction, markOrderPaidAction, refundOrderAction } from "./actions";

type Statuses = { status: string; paymentStatus: string; fulfillmentStatus: string; paymentMethod: string };
type Line = { productId: string; title: string; quantity: number; fulfilledQuantity: number };

function ActionForm({
  slug,
  orderId,
  action,
  children,
}: {
  slug: string;
  orderId: string;
  action: FormAction;
  children: (pending: boolean, fieldErrors: Record<string, string[] | undefined>) => React.ReactNode;
}) {
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
      {children(form.pending, form.fieldErrors)}
      <FormMessage state={form.state} />
    </form>
  );
}

/** Mark paid, fulfill, cancel, close: only the moves the order's statuses allow are offered; the server checks them again. */
export function OrderActions({ slug, orderId, number, order, lines }: { slug: string; orderId: string; number: number; order: Statuses; lines: Line[] }) {
  const open = order.status === "open";
  const canPay = open && order.paymentStatus === "pending" && order.paymentMethod === "manual";
  const canFulfill = open && order.fulfillmentStatus !== "fulfilled";
  // Once a parcel has left, cancelling (and restocking everything) would be wrong: refund instead.
  const canCancel = open && order.fulfillmentStatus === "unfulfilled";
  const toShip = lines.filter((l) => l.quantity > l.fulfilledQuantity);
  // Changes with every parcel: keyed on it, the quantity and tracking inputs start afresh
  // (new defaults, empty tracking) after a shipment, while the form keeps its success message.
  const shipped = lines.reduce((n, l) => n + l.fulfilledQuantity, 0);
  const canClose = open && order.fulfillmentStatus === "fulfilled" && ["paid", "refunded", "partially_refunded"].includes(order.paymentStatus);
  if (!canPay && !canFulfill && !canCancel && !canClose) return null;
  return (
    <div role="group" aria-label="Order actions" className="flex flex-wrap items-start gap-4 rounded-lg bg-zinc-100 p-4">
      {canPay ? (
        <ActionForm slug={slug} orderId={orderId} action={markOrderPaidAction}>
          {(pending) => <SubmitButton pending={pending} pendingLabel="Saving…">Mark paid</SubmitButton>}
        </ActionForm>
      ) : null}
      {canFulfill ? (
        <ActionForm slug={slug} orderId={orderId} action={fulfillOrderAction}>
          {(pending, errors) => (
            <fieldset className="space-y-3">
              <legend className="font-semibold">Ship items</legend>
              <p className="text-sm text-zinc-600">Ship everything, or lower a quantity (0 leaves the line for a later parcel).</p>
              <table className="text-sm">
                <thead>
                  <tr className="text-left text-zinc-600">
                    <th scope="col" className="pr-4 font-medium">Item</th>
                    <th scope="col" className="pr-4 text-right font-medium">Left to ship</th>
                    <th scope="col" className="font-medium">Ship now</th>
                  </tr>
                </thead>
                <tbody>
                  {toShip.map((l) => {
                    const left = l.quantity - l.fulfilledQuantity;
                    return (
                      <tr key={`${l.productId}:${shipped}`}>
                        <td className="pr-4 py-1">{l.title}</td>
                        <td className="pr-4 py-1 text-right tabular-nums">{left}</td>
                        <td className="py-1">
                          <input type="hidden" name="lineProduct" value={l.productId} />
                          <label htmlFor={`ship-${l.productId}`} className="sr-only">Ship now: {l.title}</label>
                          <input
                            id={`ship-${l.productId}`}
                            name="lineQuantity"
                            type="number"
                            min={0}
                            max={left}
                            step={1}
                            defaultValue={left}
                            className="w-20 rounded-md border border-zinc-300 bg-white px-2 py-1 text-right tabular-nums focus:outline-none focus:ring-2 focus:ring-indigo-500"
                          />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {errors.lineQuantity ? <p className="text-sm text-red-700">{errors.lineQuantity[0]}</p> : null}
              <div key={`tracking:${shipped}`} className="flex flex-wrap items-end gap-2">
                <Field label="Tracking number (optional)" name="trackingNumber" id="fulfill-tracking" maxLength={100} errors={errors.trackingNumber} />
                <Field label="Carrier (optional)" name="trackingCarrier" id="fulfill-carrier" maxLength={100} errors={errors.trackingCarrier} />
                <SubmitButton pending={pending} pendingLabel="Saving…">{order.fulfillmentStatus === "partially_fulfilled" ? "Ship these items" : "Fulfill order"}</SubmitButton>
              </div>
            </fieldset>
          )}
        </ActionForm>
      ) : null}
      {canClose ? (
        <ActionForm slug={slug} orderId={orderId} action={closeOrderAction}>
          {(pending) => <SubmitButton variant="secondary" pending={pending} pendingLabel="Closing…">Close order</SubmitButton>}
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
              <SubmitButton variant="danger" pending={pending} pendingLabel="Cancelling…" confirm={{ title: `Cancel order #${number}?`, description: `Its items go back into stock${order.paymentStatus === "paid" ? " and the payment must be refunded by hand" : ""}.`, actionLabel: "Cancel order" }}>
                Cancel order
              </SubmitButton>
            </div>
          )}
        </ActionForm>
      ) : null}
    </div>
  );
}

const REASONS = [
  ["requested_by_customer", "Requested by the customer"],
  ["duplicate", "Duplicate order"],
  ["fraudulent", "Fraudulent"],
  ["other", "Other"],
] as const;

/** Refund part or all of what is left; the server checks the amount again under the order's lock. */
export function RefundForm({ slug, orderId, leftLabel, leftValue, card }: { slug: string; orderId: string; leftLabel: string; leftValue: string; card: boolean }) {
  return (
    <ActionForm slug={slug} orderId={orderId} action={refundOrderAction}>
      {(pending, errors) => (
        <fieldset className="space-y-3">
          <legend className="font-semibold">Refund</legend>
          <p className="text-sm text-zinc-600">
            {leftLabel} can still be refunded{card ? " to the customer's card through Stripe" : "; give the money back by hand, this records it"}.
          </p>
          <div className="flex flex-wrap items-end gap-3">
            <Field label="Amount" name="amount" id="refund-amount" defaultValue={leftValue} inputMode="decimal" errors={errors.amount} />
            <div>
              <label htmlFor="refund-reason" className="block text-sm font-medium text-zinc-800">Reason</label>
              <select id="refund-reason" name="reason" className="mt-1 rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm">
                {REASONS.map(([value, label]) => (
                  <option key={value} value={value}>{label}</option>
                ))}
              </select>
            </div>
          </div>
          <Field label="Note (optional, kept in the audit log)" name="note" id="refund-note" maxLength={500} />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="restock" value="yes" /> Return the items to stock
          </label>
          <SubmitButton variant="danger" pending={pending} pendingLabel="Refunding…" confirm={{ title: "Refund this amount?", description: "The money goes back to the customer. This cannot be undone.", actionLabel: "Refund" }}>
            Refund
          </SubmitButton>
        </fieldset>
      )}
    </ActionForm>
  );
}

export function NoteForm({ slug, orderId }: { slug: string; orderId: string }) {
  return (
    <ActionForm slug={slug} orderId={orderId} action={addOrderNoteAction}>
      {(pending, errors) => (
        <div className="space-y-2">
          <Field label="Private note (only the store sees it)" name="text" id="order-note" textarea errors={errors.text} />
          <SubmitButton pending={pending} pendingLabel="Saving…" variant="secondary">Add note</SubmitButton>
        </div>
      )}
    </ActionForm>
  );
}
