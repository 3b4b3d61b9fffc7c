import { z } from "zod";
import { HANDLE_PATTERN, handleFromTitle, MAX_STOCK, parsePrice } from "@/lib/catalog/product-input";

/*
 * What a platform admin submits for a master product, and what a store
 * member submits to opt into one. Money arrives as typed text ("12.50") and
 * leaves as integer minor units, like product-input.ts.
 */

const MAX_PRICE_MINOR = 100_000_000;

const handleField = z
  .string()
  .trim()
  .toLowerCase()
  .max(80, "Keep the handle under 80 characters.")
  .refine((h) => h === "" || HANDLE_PATTERN.test(h), "Use lower-case letters, digits and single hyphens.")
  .default("");

function price(text: string, ctx: z.RefinementCtx, path: string): number {
  const cents = parsePrice(text);
  if (cents === null || cents > MAX_PRICE_MINOR) {
    ctx.addIssue({ code: "custom", path: [path], message: "Enter a price like 12.50 (up to 1,000,000)." });
    return z.NEVER;
  }
  return cents;
}

export const masterProductSchema = z
  .object({
    // Present when editing; the console re-loads the product by it.
    id: z.uuid({ error: "Unknown catalog product." }).optional(),
    title: z.string().trim().min(1, "Give the product a title.").max(200, "Keep the title under 200 characters."),
    handle: handleField,
    description: z.string().trim().max(5000, "Keep the description under 5,000 characters.").default(""),
    suggestedPrice: z.string().trim().min(1, "Enter a suggested price."),
    removeImage: z.enum(["on"]).optional(),
  })
  .transform((input, ctx) => {
    const suggestedPriceCents = price(input.suggestedPrice, ctx, "suggestedPrice");
    const handle = input.handle || handleFromTitle(input.title);
    if (!handle) {
      ctx.addIssue({ code: "custom", path: ["handle"], message: "Enter a handle using letters or digits." });
      return z.NEVER;
    }
    return { id: input.id, title: input.title, handle, description: input.description, suggestedPriceCents, removeImage: !!input.removeImage };
  });

export type MasterProductInput = z.output<typeof masterProductSchema>;

export const optInSchema = z
  .object({
    masterProductId: z.uuid({ error: "Choose a product from the catalog." }),
    handle: handleField,
    price: z.string().trim().min(1, "Enter your price."),
    stock: z.coerce
      .number({ error: "Enter a whole number." })
      .int("Enter a whole number.")
      .min(0, "Stock cannot be negative.")
      .max(MAX_STOCK, `Stock cannot exceed ${MAX_STOCK.toLocaleString("en-US")}.`),
    status: z.enum(["draft", "active"], { error: "Choose draft or active." }).default("draft"),
  })
  .transform((input, ctx) => ({
    masterProductId: input.masterProductId,
    handle: input.handle,
    priceCents: price(input.price, ctx, "price"),
    stock: input.stock,
    status: input.status,
  }));

export type OptInInput = z.output<typeof optInSchema>;
