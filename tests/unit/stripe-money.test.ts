import { describe, expect, it } from "vitest";
import { fromStripeAmount, minorDigits, parseMoney, toStripeAmount } from "@/lib/money";
import { parseStripeForm } from "../support/stripe-server";

describe("amounts for Stripe", () => {
  it("passes minor units through where Stripe and ISO agree, and scales where they do not", () => {
    expect(toStripeAmount(1999, "USD")).toBe(1999);
    expect(toStripeAmount(1500, "JPY")).toBe(1500); // zero-decimal both ways
    expect(toStripeAmount(12345, "KWD")).toBe(12345); // three decimals both ways
    expect(minorDigits("ISK")).toBe(0);
    expect(toStripeAmount(500, "ISK")).toBe(50000); // Stripe counts ISK in hundredths
    expect(fromStripeAmount(50000, "ISK")).toBe(500);
    expect(fromStripeAmount(1500, "JPY")).toBe(1500);
  });

  it("reads typed amounts in the currency's decimals", () => {
    expect(parseMoney("12.50", "USD")).toBe(1250);
    expect(parseMoney("12", "USD")).toBe(1200);
    expect(parseMoney("12,5", "EUR")).toBe(1250);
    expect(parseMoney("500", "JPY")).toBe(500);
    expect(parseMoney("5.5", "JPY")).toBeNull();
    expect(parseMoney("1.234", "USD")).toBeNull();
    expect(parseMoney("-1", "USD")).toBeNull();
    expect(parseMoney("1e3", "USD")).toBeNull();
  });
});

describe("the stand-in's form decoding (Stripe's bracket encoding)", () => {
  it("rebuilds nested objects and arrays", () => {
    const body = "mode=payment&line_items[0][quantity]=1&line_items[0][price_data][currency]=usd&metadata[order_id]=x";
    expect(parseStripeForm(body.replace(/\[/g, "%5B").replace(/\]/g, "%5D"))).toEqual({
      mode: "payment",
      line_items: [{ quantity: "1", price_data: { currency: "usd" } }],
      metadata: { order_id: "x" },
    });
  });
});
