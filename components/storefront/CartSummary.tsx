import type { CartLine } from "@/lib/commerce/cart";

/** The changes since the customer added a line (price, stock, availability), shown before paying. */
export function LineNotices({ line }: { line: CartLine }) {
  if (line.notices.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1" aria-label={`Changes to ${line.title}`}>
      {line.notices.map((n) => (
        <li key={n} className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-sm text-amber-900" data-testid="cart-notice">
          {n}
        </li>
      ))}
    </ul>
  );
}

/** Subtotal, shipping and total rows. */
export function Totals({ subtotal, total }: { subtotal: string; total: string }) {
  return (
    <dl className="space-y-2 text-sm">
      <div className="flex justify-between">
        <dt className="text-zinc-600">Subtotal</dt>
        <dd>{subtotal}</dd>
      </div>
      <div className="flex justify-between">
        <dt className="text-zinc-600">Shipping</dt>
        <dd>Free</dd>
      </div>
      <div className="flex justify-between border-t border-zinc-200 pt-2 text-base font-semibold">
        <dt>Total</dt>
        <dd data-testid="cart-total">{total}</dd>
      </div>
    </dl>
  );
}
