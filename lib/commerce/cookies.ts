import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

/*
 * The customer's cookies: the cart id and the access tokens of orders placed in
 * this browser. Both are host-only (no Domain attribute: acme.ROOT never sends
 * them to globex.ROOT) and httpOnly, with Path set to the store's base so in
 * path mode /stores/acme/shop never sends them to /stores/globex/shop. The
 * library re-checks every value against the store anyway.
 */

const CART = "plaza_cart";
const ORDERS = "plaza_orders";
const MAX_ORDER_TOKENS = 20;

function options(base: string, maxAgeDays: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: env().PUBLIC_PROTOCOL === "https",
    path: base === "" ? "/" : base,
    maxAge: maxAgeDays * 24 * 60 * 60,
  };
}

export async function readCartId(): Promise<string | null> {
  return (await cookies()).get(CART)?.value ?? null;
}

export async function writeCartId(base: string, cartId: string): Promise<void> {
  (await cookies()).set(CART, cartId, options(base, 30));
}

export async function clearCartId(base: string): Promise<void> {
  (await cookies()).set(CART, "", { ...options(base, 0), maxAge: 0 });
}

type OrderToken = { number: number; token: string };

function parseOrderTokens(raw: string | undefined): OrderToken[] {
  if (!raw) return [];
  return raw
    .split("~")
    .map((pair) => {
      const [n, token] = pair.split(".");
      return { number: Number(n), token: token ?? "" };
    })
    .filter((t) => Number.isInteger(t.number) && /^[A-Za-z0-9_-]{16,64}$/.test(t.token));
}

/** Tokens this browser holds for order `number`. */
export async function readOrderTokens(number: number): Promise<string[]> {
  const all = parseOrderTokens((await cookies()).get(ORDERS)?.value);
  return all.filter((t) => t.number === number).map((t) => t.token);
}

/** Remembers an order's token, so the confirmation page opens without the link. */
export async function rememberOrderToken(base: string, number: number, token: string): Promise<void> {
  const jar = await cookies();
  const kept = parseOrderTokens(jar.get(ORDERS)?.value).filter((t) => t.number !== number);
  const next = [{ number, token }, ...kept].slice(0, MAX_ORDER_TOKENS);
  jar.set(ORDERS, next.map((t) => `${t.number}.${t.token}`).join("~"), options(base, 90));
}
