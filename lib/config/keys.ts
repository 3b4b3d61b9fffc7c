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
