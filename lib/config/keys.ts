import { z } from "zod";

/*
 * The settings a store can keep, each with its own schema. A key not listed
 * here cannot be written. Secrets are encrypted at rest and never shown back.
 */

export type ConfigKey = {
  key: string;
  label: string;
  help: string;
  secret: boolean;
  schema: z.ZodType<unknown, string>;
};

const cents = z
  .string()
  .trim()
  .regex(/^\d{1,7}$/, "Enter a whole number of cents, e.g. 500 for 5.00.")
  .transform(Number);

export const CONFIG_KEYS: ConfigKey[] = [
  {
    key: "contact.email",
    label: "Contact email",
    help: "Shown to customers on order confirmations.",
    secret: false,
    schema: z.string().trim().toLowerCase().pipe(z.email({ error: "Enter a valid email address." })),
  },
  {
    key: "checkout.minimum_order_cents",
    label: "Minimum order (cents)",
    help: "Orders below this total are refused at checkout.",
    secret: false,
    schema: cents,
  },
  {
    key: "shipping.flat_rate_cents",
    label: "Flat shipping rate (cents)",
    help: "Added to every order.",
    secret: false,
    schema: cents,
  },
  {
    key: "payment.manual_instructions",
    label: "Payment instructions",
    help: "Shown with 'pay on delivery' orders.",
    secret: false,
    schema: z.string().trim().min(1, "Enter the instructions.").max(1000, "Use at most 1000 characters."),
  },
  {
    key: "mail.new_order_to",
    label: "New order mail",
    help: "Who is mailed about each new order: team (owners, admins and orders members; when unset), owners, or off.",
    secret: false,
    schema: z.string().trim().toLowerCase().pipe(z.enum(["team", "owners", "off"], { error: "Enter team, owners or off." })),
  },
  {
    key: "payment.pay_on_delivery",
    label: "Pay on delivery",
    help: "Offer 'Pay on delivery' at checkout: on or off (on when unset).",
    secret: false,
    schema: z.string().trim().toLowerCase().pipe(z.enum(["on", "off"], { error: "Enter on or off." })),
  },
  {
    key: "payment.order_expiry_minutes",
    label: "Unpaid order expiry (minutes)",
    help: "A card order not paid within this time is cancelled and its stock released (30 to 1440; 30 when unset).",
    secret: false,
    schema: z
      .string()
      .trim()
      .regex(/^\d{1,4}$/, "Enter a whole number of minutes.")
      .transform(Number)
      .pipe(z.number().min(30, "Stripe keeps a checkout open at least 30 minutes.").max(1440, "At most 1440 minutes (24 hours).")),
  },
  {
    key: "payment.stripe_secret_key",
    label: "Stripe secret key",
    help: "sk_live_… or sk_test_… (or a restricted rk_… key) from your Stripe dashboard. Stored encrypted; never shown again.",
    secret: true,
    schema: z
      .string()
      .trim()
      .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]{8,247}$/, "Paste a Stripe secret key: it starts with sk_live_, sk_test_, rk_live_ or rk_test_."),
  },
  {
    key: "payment.stripe_webhook_secret",
    label: "Stripe webhook secret",
    help: "whsec_… from the webhook endpoint you add in Stripe for this store. Stored encrypted; never shown again.",
    secret: true,
    schema: z.string().trim().regex(/^whsec_[A-Za-z0-9+/=]{8,200}$/, "Paste the endpoint's signing secret: it starts with whsec_."),
  },
  {
    key: "integrations.webhook_secret",
    label: "Webhook signing secret",
    help: "Used to sign outgoing webhooks. Stored encrypted; never shown again.",
    secret: true,
    schema: z.string().min(16, "Use at least 16 characters.").max(200, "Use at most 200 characters."),
  },
  {
    key: "smtp.password",
    label: "SMTP password",
    help: "For sending mail from the store's own domain. Stored encrypted; never shown again.",
    secret: true,
    schema: z.string().min(1, "Enter the password.").max(200, "Use at most 200 characters."),
  },
];

export const CONFIG_KEY_MAP = new Map(CONFIG_KEYS.map((k) => [k.key, k]));
