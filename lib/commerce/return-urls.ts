import "server-only";
import { href } from "@/lib/tenancy/request";
import type { ReturnUrls } from "./payment-start";

/** Where Stripe sends the customer back: the order page, with its private link token. */
export function orderReturnUrls(origin: string, base: string): ReturnUrls {
  return ({ number, accessToken }) => {
    const page = `${origin}${href(base, `/orders/${number}`)}?token=${encodeURIComponent(accessToken)}`;
    return { successUrl: `${page}&payment=done`, cancelUrl: `${page}&payment=cancelled` };
  };
}
