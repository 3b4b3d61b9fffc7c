import { z } from "zod";

/*
 * Input shapes shared by the storefront actions and the commerce library. The
 * library parses again whatever it is given, so a caller that skips the form
 * layer (a future route handler, a test) still cannot pass a tampered id or a
 * quantity the database would refuse with a 500.
 */

/** The most of one product a cart line may hold (also a CHECK on cart_items). */
export const MAX_LINE_QUANTITY = 99;
/** The most distinct products one cart may hold: bounds the checkout transaction. */
export const MAX_CART_LINES = 50;

export const idSchema = z.uuid({ error: "Unknown item." });

export const quantitySchema = z.coerce
  .number({ error: "Enter a quantity." })
  .int({ error: "Enter a whole number." })
  .min(1, { error: "Quantity must be at least 1." })
  .max(MAX_LINE_QUANTITY, { error: `You can order at most ${MAX_LINE_QUANTITY} of one product.` });

/** 0 means "remove" on the cart page. */
export const cartQuantitySchema = z.coerce
  .number({ error: "Enter a quantity." })
  .int({ error: "Enter a whole number." })
  .min(0, { error: "Quantity cannot be negative." })
  .max(MAX_LINE_QUANTITY, { error: `You can order at most ${MAX_LINE_QUANTITY} of one product.` });

export const addToCartSchema = z.object({ productId: idSchema, quantity: quantitySchema });
export const setQuantitySchema = z.object({ productId: idSchema, quantity: cartQuantitySchema });

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter your ${label}.` })
    .trim()
    .min(1, { error: `Enter your ${label}.` })
    .max(max, { error: `Keep your ${label} under ${max} characters.` });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep this under ${max} characters.` })
    .optional()
    .transform((v) => (v ? v : undefined));

/** Countries the manual method ships to; a select on the form, checked again here. */
export const COUNTRIES = [
  ["US", "United States"],
  ["CA", "Canada"],
  ["GB", "United Kingdom"],
  ["DE", "Germany"],
  ["FR", "France"],
  ["NL", "Netherlands"],
  ["ES", "Spain"],
  ["IT", "Italy"],
  ["AU", "Australia"],
] as const;
const countryCodes = COUNTRIES.map(([code]) => code) as [string, ...string[]];

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like you@example.com." }).max(254));

export const checkoutSchema = z.object({
  email: emailSchema,
  name: text("full name", 100),
  line1: text("street address", 200),
  line2: optionalText(200),
  city: text("city", 100),
  postalCode: z
    .string({ error: "Enter your postal code." })
    .trim()
    .min(2, { error: "Enter your postal code." })
    .max(12, { error: "Enter a valid postal code." })
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, { error: "Enter a valid postal code." }),
  region: optionalText(100),
  country: z.enum(countryCodes, { error: "Choose a country." }),
  paymentMethod: z.string().min(1, { error: "Choose a payment method." }),
  // Generated when the checkout page renders: one per submission attempt.
  idempotencyKey: z.uuid({ error: "This form has expired. Reload the page and try again." }),
  // The total the customer was shown; a different total now means the cart changed.
  expectedTotalCents: z.coerce.number().int().min(0).max(1_000_000_000),
});

export type CheckoutInput = z.infer<typeof checkoutSchema>;

/** zod issues → { field: first message }, for inline errors beside each input. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

/** FormData → plain object of strings (files and repeats ignored), for zod. */
export function formObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !(key in out) && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}
