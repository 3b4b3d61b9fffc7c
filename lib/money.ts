/** Formats integer minor units in the store's currency, e.g. 12900 USD → "$129.00". */
export function formatMoney(minorUnits: number, currency: string, locale = "en-US"): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** digits);
}
