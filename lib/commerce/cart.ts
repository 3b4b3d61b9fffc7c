import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database, Tx } from "@/lib/db/connect";
import { cartItems, carts, products } from "@/lib/db/schema";
import { readTenant, withTenant } from "@/lib/db/tenant";
import { fail, type Result } from "@/lib/result";
import { addToCartSchema, fieldErrors, idSchema, MAX_CART_LINES, MAX_LINE_QUANTITY, setQuantitySchema } from "./validation";

/*
 * The guest cart lives in the database, keyed by (store, cart id); the cart id
 * is the secret in the customer's cookie. Every query names the store, so a
 * cookie from one store (or a guessed id) never reads another store's cart.
 */

export type CartLine = {
  productId: string;
  handle: string;
  title: string;
  quantity: number;
  unitPriceCents: number;
  unitPriceCentsAtAdd: number;
  stock: number;
  available: boolean;
  lineTotalCents: number;
  /** What changed since the customer added it, in words, shown before paying. */
  notices: string[];
  /** False when this line cannot be bought as it is (unavailable or not enough stock). */
  purchasable: boolean;
};

export type CartView = { cartId: string | null; lines: CartLine[]; subtotalCents: number; itemCount: number; canCheckout: boolean };

const EMPTY: CartView = { cartId: null, lines: [], subtotalCents: 0, itemCount: 0, canCheckout: false };

async function loadLines(tx: Tx, storeId: string, cartId: string) {
  return tx
    .select({
      productId: cartItems.productId,
      quantity: cartItems.quantity,
      unitPriceCentsAtAdd: cartItems.unitPriceCentsAtAdd,
      handle: products.handle,
      title: products.title,
      unitPriceCents: products.priceCents,
      stock: products.stock,
      status: products.status,
    })
    .from(cartItems)
    .innerJoin(products, and(eq(products.tenantId, cartItems.tenantId), eq(products.id, cartItems.productId)))
    .where(and(eq(cartItems.tenantId, storeId), eq(cartItems.cartId, cartId)))
    .orderBy(asc(cartItems.createdAt), asc(cartItems.productId));
}

/** The cart with current prices and stock, and what changed since each line was added. */
export async function getCart(database: Database, storeId: string, cartId: string | null | undefined, formatPrice: (cents: number) => string): Promise<CartView> {
  if (!cartId || !idSchema.safeParse(cartId).success) return EMPTY;
  const rows = await readTenant(database, storeId, (tx) => loadLines(tx, storeId, cartId));
  const lines = rows.map((r): CartLine => {
    const available = r.status === "active";
    const notices: string[] = [];
    if (!available) notices.push("This product is no longer available. Remove it to check out.");
    else if (r.stock === 0) notices.push("Sold out since you added it. Remove it to check out.");
    else if (r.stock < r.quantity) notices.push(`Only ${r.stock} left in stock. Lower the quantity to check out.`);
    if (available && r.unitPriceCents !== r.unitPriceCentsAtAdd) {
      const direction = r.unitPriceCents > r.unitPriceCentsAtAdd ? "went up" : "went down";
      notices.push(`The price ${direction} from ${formatPrice(r.unitPriceCentsAtAdd)} to ${formatPrice(r.unitPriceCents)} since you added it.`);
    }
    return {
      productId: r.productId,
      handle: r.handle,
      title: r.title,
      quantity: r.quantity,
      unitPriceCents: r.unitPriceCents,
      unitPriceCentsAtAdd: r.unitPriceCentsAtAdd,
      stock: r.stock,
      available,
      lineTotalCents: r.unitPriceCents * r.quantity,
      notices,
      purchasable: available && r.stock >= r.quantity,
    };
  });
  const subtotalCents = lines.reduce((sum, l) => sum + l.lineTotalCents, 0);
  const itemCount = lines.reduce((sum, l) => sum + l.quantity, 0);
  return { cartId, lines, subtotalCents, itemCount, canCheckout: lines.length > 0 && lines.every((l) => l.purchasable) };
}

/** Items in the cart, for the header badge: one cheap query. */
export async function cartItemCount(database: Database, storeId: string, cartId: string | null | undefined): Promise<number> {
  if (!cartId || !idSchema.safeParse(cartId).success) return 0;
  const [row] = await readTenant(database, storeId, (tx) =>
    tx
      .select({ n: sql<number>`coalesce(sum(${cartItems.quantity}), 0)::int` })
      .from(cartItems)
      .where(and(eq(cartItems.tenantId, storeId), eq(cartItems.cartId, cartId))),
  );
  return row?.n ?? 0;
}

type CartCode = "invalid" | "unavailable" | "out_of_stock" | "not_in_cart" | "cart_full";

/**
 * Adds `quantity` of a product, creating the cart when the customer has none
 * (or a cookie this store does not know). Returns the cart id to keep in the
 * cookie. Another store's product id is "unavailable" and changes nothing.
 */
export async function addToCart(
  database: Database,
  storeId: string,
  cartId: string | null | undefined,
  input: { productId: unknown; quantity: unknown },
): Promise<Result<{ cartId: string; quantity: number }, CartCode>> {
  const parsed = addToCartSchema.safeParse(input);
  if (!parsed.success) return fail("invalid", "Check the quantity and try again.", fieldErrors(parsed.error));
  const { productId, quantity } = parsed.data;

  return withTenant(database, storeId, async (tx) => {
    const [product] = await tx
      .select({ stock: products.stock, priceCents: products.priceCents })
      .from(products)
      .where(and(eq(products.tenantId, storeId), eq(products.id, productId), eq(products.status, "active")))
      .limit(1);
    if (!product) return fail("unavailable", "That product is not available in this store.");

    // Every check runs before anything is written: a refusal returns (and
    // commits) without leaving an empty cart behind.
    let id = cartId && idSchema.safeParse(cartId).success ? cartId : null;
    if (id) {
      const [known] = await tx.select({ id: carts.id }).from(carts).where(and(eq(carts.tenantId, storeId), eq(carts.id, id))).for("update");
      if (!known) id = null;
    }
    const lines = id
      ? await tx
          .select({ productId: cartItems.productId, quantity: cartItems.quantity })
          .from(cartItems)
          .where(and(eq(cartItems.tenantId, storeId), eq(cartItems.cartId, id)))
      : [];
    const existing = lines.find((l) => l.productId === productId)?.quantity ?? 0;
    if (!existing && lines.length >= MAX_CART_LINES) return fail("cart_full", `A cart holds at most ${MAX_CART_LINES} different products.`);
    const total = existing + quantity;
    if (total > MAX_LINE_QUANTITY) {
      return fail("invalid", `You can order at most ${MAX_LINE_QUANTITY} of one product (${existing} already in your cart).`, {
        quantity: `At most ${MAX_LINE_QUANTITY - existing} more.`,
      });
    }
    if (product.stock === 0) return fail("out_of_stock", "Sorry, this product is out of stock.");
    if (total > product.stock) {
      const more = product.stock - existing;
      const message = more > 0 ? `Only ${product.stock} in stock; you can add ${more} more.` : `Only ${product.stock} in stock, and all of them are in your cart.`;
      return fail("out_of_stock", message, { quantity: message });
    }
    if (!id) {
      const [created] = await tx.insert(carts).values({ tenantId: storeId }).returning({ id: carts.id });
      id = created!.id;
    }

    await tx
      .insert(cartItems)
      .values({ tenantId: storeId, cartId: id, productId, quantity: total, unitPriceCentsAtAdd: product.priceCents })
      .onConflictDoUpdate({
        target: [cartItems.tenantId, cartItems.cartId, cartItems.productId],
        // Adding again means the customer saw today's price: it becomes the reference.
        set: { quantity: total, unitPriceCentsAtAdd: product.priceCents, updatedAt: sql`now()` },
      });
    await tx.update(carts).set({ updatedAt: sql`now()` }).where(and(eq(carts.tenantId, storeId), eq(carts.id, id)));
    return { ok: true as const, cartId: id, quantity: total };
  });
}

/** Sets a line's quantity (0 removes it). A line not in this store's cart changes nothing. */
export async function setCartQuantity(
  database: Database,
  storeId: string,
  cartId: string | null | undefined,
  input: { productId: unknown; quantity: unknown },
): Promise<Result<{ quantity: number }, CartCode>> {
  const parsed = setQuantitySchema.safeParse(input);
  if (!parsed.success) return fail("invalid", "Check the quantity and try again.", fieldErrors(parsed.error));
  if (!cartId || !idSchema.safeParse(cartId).success) return fail("not_in_cart", "That product is not in your cart.");
  const { productId, quantity } = parsed.data;

  return withTenant(database, storeId, async (tx) => {
    const where = and(eq(cartItems.tenantId, storeId), eq(cartItems.cartId, cartId), eq(cartItems.productId, productId));
    if (quantity === 0) {
      const removed = await tx.delete(cartItems).where(where).returning({ productId: cartItems.productId });
      return removed.length ? { ok: true as const, quantity: 0 } : fail("not_in_cart", "That product is not in your cart.");
    }
    const [line] = await tx
      .select({ stock: products.stock })
      .from(cartItems)
      .innerJoin(products, and(eq(products.tenantId, cartItems.tenantId), eq(products.id, cartItems.productId)))
      .where(where);
    if (!line) return fail("not_in_cart", "That product is not in your cart.");
    if (quantity > line.stock) {
      const message = line.stock === 0 ? "This product is sold out; remove it to check out." : `Only ${line.stock} in stock.`;
      return fail("out_of_stock", message, { quantity: message });
    }
    await tx.update(cartItems).set({ quantity, updatedAt: sql`now()` }).where(where);
    return { ok: true as const, quantity };
  });
}
