import { cachedIntl } from "@/lib/format/intl-cache";

/** One formatter per locale and currency, with its currency's decimals read once (lib/format/intl-cache.ts). */
function formatter(locale: string, currency: string): { format: Intl.NumberFormat; digits: number } {
  return cachedIntl(`money|${locale}|${currency}`, () => {
    const format = new Intl.NumberFormat(locale, { style: "currency", currency });
    return { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
  });
}

/** Formats integer minor units in the store's currency, e.g. 12900 USD → "$129.00". */
export function formatMoney(minorUnits: number, currency: string, locale = "en-US"): string {
  const { format, digits } = formatter(locale, currency);
  return format.format(minorUnits / 10 ** digits);
}

/** How many decimals Intl (and so Plaza's stored minor units) use for a currency: JPY 0, USD 2, KWD 3. */
export function minorDigits(currency: string): number {
  return formatter("en-US", currency).digits;
}

// https://docs.stripe.com/currencies#zero-decimal and #three-decimal
const STRIPE_ZERO_DECIMAL = new Set(["BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"]);
const STRIPE_THREE_DECIMAL = new Set(["BHD", "JOD", "KWD", "OMR", "TND"]);

function stripeDigits(currency: string): number {
  const c = currency.toUpperCase();
  return STRIPE_ZERO_DECIMAL.has(c) ? 0 : STRIPE_THREE_DECIMAL.has(c) ? 3 : 2;
}

/**
 * Plaza's minor units → the amount Stripe expects. Usually the same number
 * (cents for USD, yen for JPY); where Stripe counts a currency with more
 * decimals than its ISO exponent (ISK: Stripe wants ×100) it is scaled.
 */
export function toStripeAmount(minorUnits: number, currency: string): number {
  const shift = stripeDigits(currency) - minorDigits(currency);
  return shift >= 0 ? minorUnits * 10 ** shift : Math.round(minorUnits / 10 ** -shift);
}

/** Stripe's amount → Plaza's minor units (the inverse of toStripeAmount). */
export function fromStripeAmount(amount: number, currency: string): number {
  const shift = stripeDigits(currency) - minorDigits(currency);
  return shift >= 0 ? Math.round(amount / 10 ** shift) : amount * 10 ** -shift;
}

/**
 * "12.50" in the store's currency → 1250 minor units (JPY "500" → 500);
 * null for anything that is not a non-negative amount with at most the currency's decimals.
 */
export function parseMoney(input: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const m = /^(\d{1,9})(?:[.,](\d+))?$/.exec(input.trim());
  if (!m) return null;
  const fraction = m[2] ?? "";
  if (fraction.length > digits) return null;
  return Number(m[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}
