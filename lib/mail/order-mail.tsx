import "server-only";
import { Body, Button, Container, Head, Heading, Hr, Html, Preview, Section, Text } from "@react-email/components";
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Database, Tx } from "@/lib/db/connect";
import { memberships, orderItems, orders, stores, users } from "@/lib/db/schema";
import { recordOrderEvents } from "@/lib/commerce/timeline";
import { formatMoney } from "@/lib/money";
import { dashboardUrl, storefrontUrl } from "@/lib/tenancy/urls";
import { enqueueMail, type OutboxMessage } from "./outbox";
import { renderHtmlAndText } from "./render";
import { readSettingsIn } from "@/lib/config/store-config";

/*
 * Order mail: one React Email template renders both the HTML and the plain
 * text of every message (lib/mail/render.ts), in the store's name and theme
 * colour. Links are canonical (the store's subdomain, built from
 * ROOT_DOMAIN, never from a request's Host), and the customer's link carries
 * the order's access token, so it opens in any browser. Each message gets a
 * line on the order's timeline. Every order mail is written in the
 * transaction of the change it reports (the checkout's composePlacedOrderMails,
 * the later changes' writeOrderMails), so a crash can lose neither without
 * the other (decision 0038).
 */

export type OrderMailKind = "order.confirmation" | "order.new" | "order.shipped" | "order.refunded" | "order.payment_failed";

type Line = { title: string; quantity: number; lineTotalCents?: number };
type ShipmentInfo = { lines: Array<{ title: string; quantity: number }>; trackingNumber: string | null; trackingCarrier: string | null };
type Extra = { refundCents?: number; shipment?: ShipmentInfo };
type MailProps = {
  storeName: string;
  color: string;
  preview: string;
  heading: string;
  paragraphs: string[];
  lines?: Line[];
  total?: string;
  currency: string;
  link: string;
  linkLabel: string;
};

const HEX = /^#[0-9a-fA-F]{6}$/;
/** The roles that hear of a new order unless the store narrows it (mail.new_order_to). */
const ORDER_TEAM = ["owner", "admin", "orders"] as const;

function OrderEmail(p: MailProps) {
  const money = (c: number) => formatMoney(c, p.currency);
  return (
    <Html lang="en">
      <Head />
      <Preview>{p.preview}</Preview>
      <Body style={{ backgroundColor: "#f4f4f5", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 8, padding: 24, maxWidth: 560 }}>
          <Text style={{ color: p.color, fontSize: 14, fontWeight: 700, margin: 0 }}>{p.storeName}</Text>
          <Heading as="h1" style={{ fontSize: 22, margin: "8px 0 16px" }}>
            {p.heading}
          </Heading>
          {p.paragraphs.map((t, i) => (
            <Text key={i} style={{ fontSize: 15, lineHeight: "22px", color: "#27272a" }}>
              {t}
            </Text>
          ))}
          {p.lines?.length ? (
            <Section>
              <Hr />
              {p.lines.map((l, i) => (
                <Text key={i} style={{ fontSize: 14, margin: "4px 0" }}>
                  {l.title} × {l.quantity}
                  {l.lineTotalCents != null ? ` — ${money(l.lineTotalCents)}` : ""}
                </Text>
              ))}
              {p.total ? <Text style={{ fontSize: 15, fontWeight: 700 }}>Total: {p.total}</Text> : null}
              <Hr />
            </Section>
          ) : null}
          <Button data-skip-in-text={true} href={p.link} style={{ backgroundColor: p.color, color: "#ffffff", borderRadius: 6, padding: "10px 16px", fontWeight: 600 }}>
            {p.linkLabel}
          </Button>
          <Text style={{ fontSize: 12, color: "#71717a", marginTop: 24 }}>
            {p.linkLabel}: {p.link}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** HTML and plain text of one message, from the same element. */
export async function renderMail(props: MailProps): Promise<{ html: string; text: string }> {
  return renderHtmlAndText(<OrderEmail {...props} />);
}

type Order = typeof orders.$inferSelect;
/**
 * An order as its mails show it. The number is text: the checkout composes
 * its mails before the order has a number, with ORDER_NUMBER_SLOT in its place.
 */
export type MailOrder = Pick<
  Order,
  "id" | "name" | "email" | "currency" | "totalCents" | "paymentStatus" | "paymentMethod" | "fulfillmentStatus" | "trackingNumber" | "trackingCarrier" | "expiresAt" | "accessToken"
> & { number: string };
export type MailStore = Pick<typeof stores.$inferSelect, "id" | "slug" | "name" | "theme">;

function compose(kind: OrderMailKind, store: MailStore, order: MailOrder, lines: Line[], extra: Extra): { subject: string; props: MailProps } {
  const color = store.theme.primaryColor && HEX.test(store.theme.primaryColor) ? store.theme.primaryColor : "#18181b";
  const money = (c: number) => formatMoney(c, order.currency);
  const customerLink = storefrontUrl(store.slug, `/orders/${order.number}?token=${encodeURIComponent(order.accessToken)}`);
  const base = { storeName: store.name, color, currency: order.currency };
  switch (kind) {
    case "order.confirmation":
      return {
        subject: `${store.name}: order #${order.number} confirmed`,
        props: {
          ...base,
          // No number in a preview: React Email pads it to a fixed length, and the
          // checkout's slot (ORDER_NUMBER_SLOT) is not as long as the number.
          preview: `Thank you for your order at ${store.name}`,
          heading: `Thank you, ${order.name}`,
          paragraphs: [
            order.paymentStatus === "paid"
              ? `We received your payment for order #${order.number}.`
              : `We have your order #${order.number}. You pay on delivery.`,
            "We will write again when it ships.",
          ],
          lines,
          total: money(order.totalCents),
          link: customerLink,
          linkLabel: "View your order",
        },
      };
    case "order.new":
      return {
        subject: `New order #${order.number} at ${store.name} (${money(order.totalCents)})`,
        props: {
          ...base,
          preview: `New order from ${order.name}`,
          heading: `New order #${order.number}`,
          paragraphs: [`${order.name} (${order.email}) ordered ${lines.length} item${lines.length === 1 ? "" : "s"}.`],
          lines,
          total: money(order.totalCents),
          link: dashboardUrl(store.slug, `/orders/${order.id}`),
          linkLabel: "Open the order",
        },
      };
    case "order.shipped": {
      // One mail per parcel: its own lines and tracking; "part of" while lines are still to come.
      const parcel = extra.shipment ?? { lines, trackingNumber: order.trackingNumber, trackingCarrier: order.trackingCarrier };
      const partial = order.fulfillmentStatus === "partially_fulfilled";
      return {
        subject: partial ? `${store.name}: part of order #${order.number} has shipped` : `${store.name}: order #${order.number} has shipped`,
        props: {
          ...base,
          preview: partial ? `Part of your order #${order.number} is on its way` : `Your order #${order.number} is on its way`,
          heading: partial ? "Part of your order is on its way" : "Your order is on its way",
          paragraphs: [
            parcel.trackingNumber
              ? `Tracking${parcel.trackingCarrier ? ` (${parcel.trackingCarrier})` : ""}: ${parcel.trackingNumber}`
              : `A parcel of order #${order.number} has left ${store.name}.`,
            ...(partial ? ["The rest of your order follows in another parcel; we will write again when it ships."] : []),
          ],
          lines: parcel.lines.map((l) => ({ title: l.title, quantity: l.quantity })),
          link: customerLink,
          linkLabel: "Track your order",
        },
      };
    }
    case "order.refunded":
      return {
        subject: `${store.name}: refund for order #${order.number}`,
        props: {
          ...base,
          preview: `${money(extra.refundCents ?? 0)} refunded`,
          heading: `${money(extra.refundCents ?? 0)} refunded`,
          paragraphs: [
            `We refunded ${money(extra.refundCents ?? 0)} for order #${order.number}${order.paymentMethod === "stripe" ? " to your card; it can take a few days to appear" : ""}.`,
          ],
          link: customerLink,
          linkLabel: "View your order",
        },
      };
    case "order.payment_failed":
      return {
        subject: `${store.name}: the payment for order #${order.number} did not go through`,
        props: {
          ...base,
          preview: "Your card payment did not go through",
          heading: "Your payment did not go through",
          paragraphs: [
            `The card payment for order #${order.number} was declined. Your order is held for you${order.expiresAt ? ` until ${order.expiresAt.toUTCString()}` : ""}; you can pay with the same or another card.`,
          ],
          link: customerLink,
          linkLabel: "Pay now",
        },
      };
  }
}

const LABEL: Record<OrderMailKind, string> = {
  "order.confirmation": "Order confirmation",
  "order.new": "New order notice",
  "order.shipped": "Shipping notice",
  "order.refunded": "Refund notice",
  "order.payment_failed": "Payment failed notice",
};

/** A message and its line on the order's timeline. */
export type OrderMessage = OutboxMessage & { label: string };

/** The store as its mails show it, and the members who may hear of its new orders. */
export type OrderMailContext = { store: MailStore; team: Array<{ email: string; role: string }> };

/**
 * The store and its order team (approved owners, admins and orders members)
 * in one statement. Both are platform rows, so this reads the control
 * database, wherever the store's own rows live (a dedicated database has no
 * users; lib/db/placement.ts).
 */
export async function orderMailContext(database: Database, storeId: string): Promise<OrderMailContext | null> {
  const result = await database.execute<{ id: string; slug: string; name: string; theme: MailStore["theme"]; team: OrderMailContext["team"] }>(sql`
    select s.id, s.slug, s.name, s.theme,
      coalesce((select json_agg(json_build_object('email', u.email, 'role', m.role) order by u.email)
                from ${memberships} m join ${users} u on u.id = m.user_id
                where m.store_id = s.id and m.status = 'approved' and m.role in (${sql.join(
                  ORDER_TEAM.map((r) => sql`${r}`),
                  sql`, `,
                )})), '[]'::json) as team
    from ${stores} s where s.id = ${storeId}`);
  const row = result.rows[0];
  return row ? { store: { id: row.id, slug: row.slug, name: row.name, theme: row.theme }, team: row.team } : null;
}

/** Who hears of a new order is the store's choice (mail.new_order_to): the team that handles orders, the owners only, or nobody. */
export function newOrderRecipients(setting: unknown, team: OrderMailContext["team"]): string[] {
  if (setting === "off") return [];
  return team.filter((m) => (setting === "owners" ? m.role === "owner" : true)).map((m) => m.email);
}

/** Each kind's messages: the customer's, or one per recipient of "order.new". */
export async function composeOrderMails(
  kinds: OrderMailKind[],
  store: MailStore,
  order: MailOrder,
  lines: Line[],
  newOrderTo: string[],
  extra: Extra = {},
): Promise<OrderMessage[]> {
  const messages: OrderMessage[] = [];
  for (const kind of kinds) {
    const recipients = kind === "order.new" ? newOrderTo : [order.email];
    if (recipients.length === 0) continue;
    const { subject, props } = compose(kind, store, order, lines, extra);
    const { html, text } = await renderMail(props);
    for (const to of recipients) messages.push({ storeId: store.id, to, subject, body: text, html, kind, label: LABEL[kind] });
  }
  return messages;
}

/** The timeline's line for each message. */
export function mailedEvents(messages: OrderMessage[]) {
  return messages.map((m) => ({ kind: "mail", message: `${m.label} mailed to ${m.to}`, actorKind: "system" as const, data: { mailKind: m.kind } }));
}

/** The order of lines in every order mail: by title, as a reader sorts them. */
const titles = new Intl.Collator("en");
const byTitle = (a: Line, b: Line) => titles.compare(a.title, b.title);

/**
 * Stands for the order's number in the mails the checkout composes before
 * the number is allocated (lib/mail/outbox.ts, enqueueMailNumbered, puts the
 * number in). Random per process, so no customer can type it into a name;
 * capitals and digits, so no escaping, URL or plain-text conversion changes it.
 */
export const ORDER_NUMBER_SLOT = `N${randomBytes(12).toString("hex").toUpperCase()}`;

/** composeOrderMails with the store's choice of who hears of a new order; a problem is logged and composes none: a mail never fails a change. */
async function composeSafely(context: OrderMailContext, kinds: OrderMailKind[], order: MailOrder, lines: Line[], newOrderSetting: unknown, extra: Extra = {}): Promise<OrderMessage[]> {
  try {
    return await composeOrderMails(kinds, context.store, order, [...lines].sort(byTitle), newOrderRecipients(newOrderSetting, context.team), extra);
  } catch (err) {
    console.error("[mail] order mail not composed", err instanceof Error ? err.message : err);
    return [];
  }
}

/**
 * The checkout's mails (the customer's confirmation and the team's "new
 * order"), composed inside its transaction before the stock and counter rows
 * are locked, and written with the order.
 */
export function composePlacedOrderMails(context: OrderMailContext, newOrderSetting: unknown, order: Omit<MailOrder, "number">, lines: Line[]): Promise<OrderMessage[]> {
  return composeSafely(context, ["order.confirmation", "order.new"], { ...order, number: ORDER_NUMBER_SLOT }, lines, newOrderSetting);
}

/**
 * Writes these mails about an order (the customer's, or the store's team for
 * "order.new") with their timeline lines, in the caller's transaction: they
 * commit with the change they report, or not at all. The order and its lines
 * are read in that transaction, so the mail shows the change itself. A mail
 * that cannot be composed is logged and not written: it never fails the
 * change. Its reads and inserts are statements of the change like any other:
 * plain rows with no constraint their values can break, so only a fault that
 * would fail the change's COMMIT anyway can fail them. `context` is read
 * before the transaction (orderMailContextSafely).
 */
export async function writeOrderMails(
  tx: Tx,
  context: OrderMailContext | null,
  storeId: string,
  orderId: string,
  kinds: OrderMailKind[],
  extra: Extra = {},
): Promise<number> {
  if (!context || kinds.length === 0) return 0;
  const [[row], lines, settings] = await Promise.all([
    tx.select().from(orders).where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId))).execute(),
    tx
      .select({ title: orderItems.title, quantity: orderItems.quantity, lineTotalCents: orderItems.lineTotalCents })
      .from(orderItems)
      .where(and(eq(orderItems.tenantId, storeId), eq(orderItems.orderId, orderId)))
      .execute(),
    kinds.includes("order.new") ? readSettingsIn(tx, null, storeId, ["mail.new_order_to"]) : null,
  ]);
  if (!row) return 0;
  const messages = await composeSafely(context, kinds, { ...row, number: String(row.number) }, lines, settings?.get("mail.new_order_to"), extra);
  await Promise.all([enqueueMail(tx, messages), recordOrderEvents(tx, storeId, orderId, mailedEvents(messages))]);
  return messages.length;
}

/**
 * The store and team for an order's mails, or null (and a line in the log)
 * when they cannot be read: read before a change's transaction, it costs the
 * mails, never the change.
 */
export async function orderMailContextSafely(database: Database, storeId: string): Promise<OrderMailContext | null> {
  return orderMailContext(database, storeId).catch((err: unknown) => {
    console.error("[mail] order mail not composed", err instanceof Error ? err.message : err);
    return null;
  });
}
