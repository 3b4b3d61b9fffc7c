import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { cartItems, carts, checkoutRequests, customers, orderCounters, orderItems, orders, products } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { findPaymentProvider, storePayments, type StorePayments } from "./payment";
import { startOrderPayment, type ReturnUrls } from "./payment-start";
import { fail, Rollback, type Failure } from "@/lib/result";
import { recordOrderEvents } from "./timeline";
import { composePlacedOrderMails, mailedEvents, ORDER_NUMBER_SLOT, orderMailContextSafely, type OrderMessage } from "@/lib/mail/order-mail";
import { enqueueMailNumbered } from "@/lib/mail/outbox";
import { readSettingsIn } from "@/lib/config/store-config";
import { checkoutSchema, fieldErrors, idSchema } from "./validation";

/*
 * Checkout: one transaction turns a cart into an order. The invariants it keeps:
 *  - never oversold: stock is taken with `stock = stock - q … where stock >= q`
 *    (a waiting update re-checks the condition once the row is free), plus the
 *    CHECK (stock >= 0) on products; any line short → the whole order rolls back;
 *  - one order per submission: the idempotency key is claimed first, so a
 *    double submit or retry (even concurrent) gets the first order back;
 *  - order numbers from 1001, gapless per store: allocated from the store's
 *    counter row in this same transaction.
 * Locks are always taken in the same order (key → products by id → customer →
 * cart → counter), so concurrent checkouts queue instead of deadlocking. Two
 * round trips before COMMIT: the claim with the cart, then everything else in
 * one pipelined batch (step 4), so stock and counter rows are held for one
 * round trip and COMMIT. A pay-on-delivery order's two mails are composed
 * between the two, before any of those locks, and written in the batch: they
 * commit with the order or not at all (decision 0038).
 * An online payment (card) is started only after the commit
 * (lib/commerce/payment-start.ts): the order waits `pending` with an expiry,
 * and an unpaid one gives its stock back when it expires (./expiry.ts).
 */

export type CheckoutCode = "invalid" | "cart_empty" | "out_of_stock" | "unavailable" | "cart_changed" | "payment";

export type PlacedOrder = {
  orderId: string;
  number: number;
  accessToken: string;
  replayed: boolean;
  /** Where the customer pays (card), or null when nothing is due online now. */
  paymentUrl: string | null;
  /** The order exists but its online payment could not be started: the order page offers "Pay now". */
  paymentError: string | null;
};

export type CheckoutResult = ({ ok: true } & PlacedOrder) | Failure<CheckoutCode>;

const cartChanged = () =>
  fail("cart_changed", "Your cart changed since you opened checkout (a price or quantity). Check the new total and place the order again.");

export async function placeOrder(
  database: Database,
  params: {
    storeId: string;
    currency: string;
    cartId: string | null | undefined;
    form: Record<string, unknown>;
    /** The signed-in customer account, if any (from the customer session, never from the form). */
    accountCustomerId?: string | null;
    /** The store's payment setup; read from its configuration when not given. */
    payments?: StorePayments;
    storeName?: string;
    /** Where an online payment returns the customer (absolute URLs on the store's host). */
    returnUrls?: ReturnUrls;
    now?: Date;
  },
): Promise<CheckoutResult> {
  const parsed = checkoutSchema.safeParse(params.form);
  if (!parsed.success) return fail("invalid", "Please correct the highlighted fields.", fieldErrors(parsed.error));
  const input = parsed.data;
  const payments = params.payments ?? (await storePayments(database, params.storeId));
  const provider = findPaymentProvider(payments.methods, input.paymentMethod);
  if (!provider) return fail("invalid", "Choose a payment method.", { paymentMethod: "Choose a payment method." });
  const { storeId, currency } = params;
  const cartId = params.cartId && idSchema.safeParse(params.cartId).success ? params.cartId : null;
  const now = params.now ?? new Date();
  // Pay on delivery: the order is confirmed now, so its mails go with it (card
  // orders are confirmed when Stripe says paid). The store and its order team
  // come from the control database, before this checkout holds a connection.
  // A failed read costs the mails, never the order.
  const mailing = provider.online || !cartId ? null : await orderMailContextSafely(database, storeId);

  let placed: Omit<PlacedOrder, "paymentUrl" | "paymentError">;
  try {
    placed = await withTenant(database, storeId, async (tx) => {
      // 1. Claim the key, naming the order this checkout will place (the
      //    foreign key is checked at COMMIT; migration 0033). A concurrent
      //    twin blocks here until we commit, then sees the key taken and
      //    returns our order. The cart (2.) is asked for in the same round
      //    trip: the server runs it after the claim.
      const orderId = randomUUID();
      const claiming = tx
        .insert(checkoutRequests)
        .values({ tenantId: storeId, idempotencyKey: input.idempotencyKey, orderId })
        .onConflictDoNothing()
        .returning({ key: checkoutRequests.idempotencyKey })
        .execute();
      const reading = cartId
        ? tx
            .select({
              productId: cartItems.productId,
              quantity: cartItems.quantity,
              title: products.title,
              handle: products.handle,
              unitPriceCents: products.priceCents,
            })
            .from(cartItems)
            .innerJoin(products, and(eq(products.tenantId, cartItems.tenantId), eq(products.id, cartItems.productId)))
            .where(and(eq(cartItems.tenantId, storeId), eq(cartItems.cartId, cartId)))
            .orderBy(asc(cartItems.productId))
            .execute()
        : Promise.resolve([]);
      const readingSetting = mailing ? readSettingsIn(tx, null, storeId, ["mail.new_order_to"]) : Promise.resolve(null);
      const [claimed, lines, settings] = await Promise.all([claiming, reading, readingSetting]);
      if (claimed.length === 0) {
        const [first] = await tx
          .select({ orderId: orders.id, number: orders.number, accessToken: orders.accessToken })
          .from(checkoutRequests)
          .innerJoin(orders, and(eq(orders.tenantId, checkoutRequests.tenantId), eq(orders.id, checkoutRequests.orderId)))
          .where(and(eq(checkoutRequests.tenantId, storeId), eq(checkoutRequests.idempotencyKey, input.idempotencyKey)));
        if (first) return { ...first, replayed: true };
        throw new Rollback(fail("invalid", "This checkout was already submitted. Reload the page and try again."));
      }

      // 2. The cart, in product-id order (the lock order).
      if (!cartId || lines.length === 0) throw new Rollback(fail("cart_empty", "Your cart is empty."));

      // 3. The total from today's prices as read with the cart (no lock
      //    taken yet): a changed cart is refused before anything is locked.
      const subtotalCents = lines.reduce((sum, l) => sum + l.unitPriceCents * l.quantity, 0);
      const totalCents = subtotalCents;
      if (totalCents !== input.expectedTotalCents) throw new Rollback(cartChanged());

      const accessToken = randomBytes(24).toString("base64url");
      const paymentMethod = provider.id;
      // Its mails, with a slot for the number the batch allocates (nothing is locked yet but the key).
      const mails: OrderMessage[] = mailing
        ? await composePlacedOrderMails(
            mailing,
            settings?.get("mail.new_order_to"),
            {
              id: orderId,
              name: input.name,
              email: input.email,
              currency,
              totalCents,
              paymentStatus: "pending",
              paymentMethod,
              fulfillmentStatus: "unfulfilled",
              trackingNumber: null,
              trackingCarrier: null,
              expiresAt: null,
              accessToken,
            },
            lines.map((l) => ({ title: l.title, quantity: l.quantity, lineTotalCents: l.unitPriceCents * l.quantity })),
          )
        : [];

      // 4. Everything else in one round trip: the statements below are sent
      //    together (pipelined) and the server runs them in this order, so
      //    the lock order holds —
      //     a. the stock, line by line (`… where stock >= q`, the oversell
      //        guard), each returning the price it was taken at;
      //     b. the customer: one per email per store (a registered customer
      //        keeps their name);
      //     c. the cart's removal;
      //     d. the counter row, the hottest lock, made or advanced by one
      //        upsert; the order takes its number (and its customer) from
      //        rows this transaction just wrote, so the subqueries see them;
      //     e. its lines, the timeline's first lines;
      //     f. its mails, the number put in from the order's row.
      //    The answers are checked after: a line short of stock or a price
      //    that moved since the read rolls the whole batch back — the order,
      //    its number and the stock with it, so numbers stay gapless and
      //    nothing is oversold. Locks are held from here to COMMIT: this one
      //    round trip and COMMIT.
      const taking = lines.map((line) =>
        tx
          .update(products)
          .set({ stock: sql`${products.stock} - ${line.quantity}`, updatedAt: sql`now()` })
          .where(
            and(
              eq(products.tenantId, storeId),
              eq(products.id, line.productId),
              eq(products.status, "active"),
              sql`${products.stock} >= ${line.quantity}`,
            ),
          )
          .returning({ unitPriceCents: products.priceCents })
          .execute(),
      );
      const upserting = tx
        .insert(customers)
        .values({ tenantId: storeId, email: input.email, name: input.name })
        .onConflictDoUpdate({ target: [customers.tenantId, customers.email], set: { updatedAt: sql`now()` } })
        .returning({ id: customers.id })
        .execute();
      const emptying = tx.delete(carts).where(and(eq(carts.tenantId, storeId), eq(carts.id, cartId))).execute();
      const counting = tx
        .insert(orderCounters)
        .values({ tenantId: storeId, nextNumber: 1002 })
        .onConflictDoUpdate({ target: orderCounters.tenantId, set: { nextNumber: sql`${orderCounters.nextNumber} + 1` } })
        .returning({ number: sql<number>`${orderCounters.nextNumber} - 1` })
        .execute();
      const ordering = tx
        .insert(orders)
        .values({
          tenantId: storeId,
          id: orderId,
          number: sql`(select ${orderCounters.nextNumber} - 1 from ${orderCounters} where ${orderCounters.tenantId} = ${storeId})`,
          customerId: sql`(select ${customers.id} from ${customers} where ${customers.tenantId} = ${storeId} and ${customers.email} = ${input.email})`,
          placedByAccountId: params.accountCustomerId && idSchema.safeParse(params.accountCustomerId).success ? params.accountCustomerId : null,
          email: input.email,
          name: input.name,
          shippingAddress: {
            line1: input.line1,
            line2: input.line2,
            city: input.city,
            postalCode: input.postalCode,
            region: input.region,
            country: input.country,
          },
          currency,
          subtotalCents,
          totalCents,
          paymentMethod,
          paymentStatus: "pending",
          // Only an online payment can lapse; pay on delivery waits for the store.
          expiresAt: provider.online ? new Date(now.getTime() + payments.expiryMinutes * 60_000) : null,
          accessToken,
        })
        .returning({ number: orders.number, customerId: orders.customerId })
        .execute();
      const itemising = tx
        .insert(orderItems)
        .values(
          lines.map((l) => ({
            tenantId: storeId,
            orderId,
            productId: l.productId,
            title: l.title,
            handle: l.handle,
            quantity: l.quantity,
            unitPriceCents: l.unitPriceCents,
            lineTotalCents: l.unitPriceCents * l.quantity,
          })),
        )
        .execute();
      const recording = recordOrderEvents(tx, storeId, orderId, [
        { kind: "placed", message: `Order placed by ${input.email} (${provider.label})`, actorKind: "customer" },
        ...mailedEvents(mails),
      ]);
      const queueing = enqueueMailNumbered(tx, storeId, orderId, ORDER_NUMBER_SLOT, mails);
      const [takenRows, [customer], , [counter], [order], , , queued] = await Promise.all([
        Promise.all(taking),
        upserting,
        emptying,
        counting,
        ordering,
        itemising,
        recording,
        queueing,
      ]);
      for (const [i, line] of lines.entries()) {
        const row = takenRows[i]?.[0];
        if (!row) {
          throw new Rollback(fail("out_of_stock", `Sorry, "${line.title}" no longer has ${line.quantity} in stock. Review your cart and try again.`));
        }
        // The price moved between the read and the take (a store edit that committed in between).
        if (row.unitPriceCents !== line.unitPriceCents) throw new Rollback(cartChanged());
      }
      // Rows this transaction wrote, read back in it: a mismatch is a bug, never a customer's doing.
      if (!counter || !order || !customer || order.number !== counter.number || order.customerId !== customer.id || queued !== mails.length) {
        throw new Error("checkout: the order's number, customer or mails are not the ones just written");
      }
      return { orderId, number: order.number, accessToken, replayed: false };
    });
  } catch (err) {
    if (err instanceof Rollback) return err.failure as Failure<CheckoutCode>;
    throw err;
  }

  // The stock is reserved and the order committed: now, outside the
  // transaction, ask the provider for the payment page. A replay asks again
  // with the same idempotency key and gets the same page back.
  if (!provider.online || !params.returnUrls) return { ok: true, ...placed, paymentUrl: null, paymentError: null };
  const started = await startOrderPayment(database, {
    storeId,
    storeName: params.storeName ?? "",
    payments,
    orderId: placed.orderId,
    idempotencyKey: input.idempotencyKey,
    returnUrls: params.returnUrls,
  });
  return started.ok
    ? { ok: true, ...placed, paymentUrl: started.redirectUrl, paymentError: null }
    : { ok: true, ...placed, paymentUrl: null, paymentError: started.message };
}
