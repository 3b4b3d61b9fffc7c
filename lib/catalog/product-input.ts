import { z } from "zod";

/*
 * What a store member may submit for a product. Money arrives as the text a
 * person types ("12.50") and leaves as integer minor units; handles are per
 * store and URL-safe.
 */

export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_STOCK = 1_000_000;
const MAX_PRICE_MINOR = 100_000_000; // 1,000,000.00 in a two-decimal currency

export function handleFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** "12.5" → 1250 for a currency with `digits` decimals; null when it is not a price. */
export function parsePrice(text: string, digits = 2): number | null {
  const t = text.trim().replace(/,/g, "");
  const m = new RegExp(`^(\\d{1,9})(?:\\.(\\d{0,${digits}}))?$`).exec(t);
  if (!m) return null;
  const whole = Number(m[1]);
  const frac = Number((m[2] ?? "").padEnd(digits, "0") || "0");
  return whole * 10 ** digits + frac;
}

export const productInputSchema = z
  .object({
    title: z.string().trim().min(1, "Give the product a title.").max(200, "Keep the title under 200 characters."),
    handle: z
      .string()
      .trim()
      .toLowerCase()
      .max(80, "Keep the handle under 80 characters.")
      .refine((h) => h === "" || HANDLE_PATTERN.test(h), "Use lower-case letters, digits and single hyphens."),
    description: z.string().trim().max(5000, "Keep the description under 5,000 characters.").default(""),
    price: z.string().trim().min(1, "Enter a price."),
    stock: z.coerce
      .number({ error: "Enter a whole number." })
      .int("Enter a whole number.")
      .min(0, "Stock cannot be negative.")
      .max(MAX_STOCK, `Stock cannot exceed ${MAX_STOCK.toLocaleString("en-US")}.`),
    status: z.enum(["draft", "active"], { error: "Choose draft or active." }),
  })
  .transform((input, ctx) => {
    const priceCents = parsePrice(input.price);
    if (priceCents === null || priceCents > MAX_PRICE_MINOR) {
      ctx.addIssue({ code: "custom", path: ["price"], message: "Enter a price like 12.50 (up to 1,000,000)." });
      return z.NEVER;
    }
    const handle = input.handle || handleFromTitle(input.title);
    if (!handle) {
      ctx.addIssue({ code: "custom", path: ["handle"], message: "Enter a handle using letters or digits." });
      return z.NEVER;
    }
    return { title: input.title, handle, description: input.description, priceCents, stock: input.stock, status: input.status };
  });

export type ProductInput = z.output<typeof productInputSchema>;
