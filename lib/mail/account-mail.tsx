import "server-only";
import { Body, Button, Container, Head, Heading, Html, Preview, Text } from "@react-email/components";
import type { OutboxMessage } from "./outbox";
import { renderHtmlAndText } from "./render";

/*
 * Account and store mail (issue 11 §3): password reset, staff invite, email
 * verification, store suspended / reactivated / scheduled for deletion; and,
 * through composeMail, the applications, join requests, membership changes,
 * console and webhook notices of ./templates.ts and lib/console/mail.ts. One
 * React Email template per message renders both the HTML and the plain text
 * (as lib/mail/order-mail.tsx does for orders), in the store's name and theme
 * colour, or Plaza's for platform mail. Links are absolute and made by the
 * caller: for a link the reader asked for (reset, verification) the origin and
 * base the request came through (lib/tenancy/link-origin.ts), so it works in
 * subdomain, path and custom-domain mode alike; otherwise canonical URLs.
 */

export type Brand = { name: string; color?: string | null };

type Props = { brand: Brand; preview: string; heading: string; paragraphs: string[]; link?: { href: string; label: string }; footnote?: string };

const HEX = /^#[0-9a-fA-F]{6}$/;
const colorOf = (brand: Brand) => (brand.color && HEX.test(brand.color) ? brand.color : "#18181b");

function AccountEmail({ brand, preview, heading, paragraphs, link, footnote }: Props) {
  const color = colorOf(brand);
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f4f4f5", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 8, padding: 24, maxWidth: 560 }}>
          <Text style={{ color, fontSize: 14, fontWeight: 700, margin: 0 }}>{brand.name}</Text>
          <Heading as="h1" style={{ fontSize: 22, margin: "8px 0 16px" }}>
            {heading}
          </Heading>
          {paragraphs.map((t, i) => (
            <Text key={i} style={{ fontSize: 15, lineHeight: "22px", color: "#27272a" }}>
              {t}
            </Text>
          ))}
          {link ? (
            <>
              <Button data-skip-in-text={true} href={link.href} style={{ backgroundColor: color, color: "#ffffff", borderRadius: 6, padding: "10px 16px", fontWeight: 600 }}>
                {link.label}
              </Button>
              <Text style={{ fontSize: 12, color: "#71717a", marginTop: 24 }}>
                {link.label}: {link.href}
              </Text>
            </>
          ) : null}
          {footnote ? <Text style={{ fontSize: 12, color: "#71717a" }}>{footnote}</Text> : null}
        </Container>
      </Body>
    </Html>
  );
}

export type MailContent = Props;

/** One message: its HTML and plain text rendered from the one template (every platform mail but the order mails goes through here). */
export async function composeMail(meta: { storeId: string | null; to: string; kind: string; subject: string }, props: Props): Promise<OutboxMessage> {
  const { html, text } = await renderHtmlAndText(<AccountEmail {...props} />);
  return { ...meta, body: text, html };
}

const NOT_YOU = "If you did not ask for this, ignore this mail: nothing changes until the link is used.";

/** Staff: "forgot password" on the root or a store's sign-in page. */
export function staffPasswordResetMail(to: string, brand: Brand, link: string, minutes: number, storeId: string | null = null) {
  return composeMail(
    { storeId, to, kind: "account.password_reset", subject: `Reset your ${brand.name} password` },
    {
      brand,
      preview: "A link to choose a new password",
      heading: "Choose a new password",
      paragraphs: [`Someone (hopefully you) asked to reset the password of the Plaza account ${to}.`, `The link works once, for ${minutes} minutes. Setting a new password signs the account out everywhere.`],
      link: { href: link, label: "Choose a new password" },
      footnote: NOT_YOU,
    },
  );
}

/** Customers: "forgot password" at one store (their account there only). */
export function customerPasswordResetMail(storeId: string, to: string, brand: Brand, link: string, minutes: number) {
  return composeMail(
    { storeId, to, kind: "customer.password_reset", subject: `Reset your password at ${brand.name}` },
    {
      brand,
      preview: `A link to choose a new password at ${brand.name}`,
      heading: "Choose a new password",
      paragraphs: [`Someone (hopefully you) asked to reset the password of your account at ${brand.name}.`, `The link works once, for ${minutes} minutes. Setting a new password signs you out on every device.`],
      link: { href: link, label: "Choose a new password" },
      footnote: NOT_YOU,
    },
  );
}

export function customerVerifyEmailMail(storeId: string, to: string, brand: Brand, link: string, hours: number) {
  return composeMail(
    { storeId, to, kind: "customer.verify_email", subject: `Confirm your email at ${brand.name}` },
    {
      brand,
      preview: "Confirm that this email is yours",
      heading: "Confirm your email",
      paragraphs: [`Confirm that ${to} is yours, and your account at ${brand.name} shows the orders placed with it before you registered too.`, `The link works once, for ${hours} hours.`],
      link: { href: link, label: "Confirm my email" },
      footnote: "If you did not create this account, ignore this mail.",
    },
  );
}

export function staffInviteMail(storeId: string, to: string, brand: Brand, inviter: string, role: string, link: string, days: number) {
  return composeMail(
    { storeId, to, kind: "store.invite", subject: `${inviter} invites you to ${brand.name} on Plaza` },
    {
      brand,
      preview: `Join ${brand.name} as ${role}`,
      heading: `Join ${brand.name}`,
      paragraphs: [`${inviter} invites you to the team of ${brand.name} on Plaza, with the role ${role}.`, `The link works for ${days} days. With no Plaza account yet you choose a password; with one, you sign in.`],
      link: { href: link, label: "Accept the invitation" },
      footnote: "Not expecting this? Ignore this mail: nothing happens unless you accept.",
    },
  );
}

export type StoreNotice = "store.suspended" | "store.reactivated" | "store.deletion_requested";

/** To the store's owners when the platform suspends, reactivates or schedules the store for deletion. */
export function storeNoticeMail(
  kind: StoreNotice,
  storeId: string,
  to: string,
  brand: Brand,
  detail: { reason: string | null; purgeAfter?: Date | null; dashboardLink: string },
) {
  const reason = detail.reason ? `Reason: ${detail.reason}` : null;
  const words: Record<StoreNotice, { subject: string; heading: string; paragraphs: string[] }> = {
    "store.suspended": {
      subject: `${brand.name} is suspended`,
      heading: "Your store is suspended",
      paragraphs: ["Plaza suspended your store: the storefront shows “temporarily unavailable” and the dashboard is read-only.", ...(reason ? [reason] : []), "Reply to Plaza support to sort it out."],
    },
    "store.reactivated": {
      subject: `${brand.name} is open again`,
      heading: "Your store is open again",
      paragraphs: ["Plaza reactivated your store: the storefront sells again and the dashboard can make changes.", ...(reason ? [reason] : [])],
    },
    "store.deletion_requested": {
      subject: `${brand.name} is scheduled for deletion`,
      heading: "Your store is scheduled for deletion",
      paragraphs: [
        `Plaza will delete your store and all its data${detail.purgeAfter ? ` after ${detail.purgeAfter.toUTCString()}` : ""}. Until then it can be restored: contact Plaza support.`,
        ...(reason ? [reason] : []),
        "Export your data from the dashboard's settings before then if you want to keep it.",
      ],
    },
  };
  const w = words[kind];
  return composeMail({ storeId, to, kind, subject: w.subject }, { brand, preview: w.heading, heading: w.heading, paragraphs: w.paragraphs, link: { href: detail.dashboardLink, label: "Open your dashboard" } });
}
