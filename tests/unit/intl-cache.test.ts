import { describe, expect, it } from "vitest";
import { cachedIntl } from "@/lib/format/intl-cache";
import { formatMoney } from "@/lib/money";

describe("cachedIntl", () => {
  it("builds a formatter once per key and shares it", () => {
    let built = 0;
    const make = () => (built++, new Intl.NumberFormat("en-US"));
    expect(cachedIntl("test|a", make)).toBe(cachedIntl("test|a", make));
    expect(built).toBe(1);
  });

  it("stays bounded whatever locales clients send: past its size it starts over", () => {
    let built = 0;
    const make = () => (built++, {});
    const first = cachedIntl("flood|0", make);
    for (let i = 1; i <= 300; i++) cachedIntl(`flood|${i}`, make);
    expect(cachedIntl("flood|0", make)).not.toBe(first);
    expect(built).toBe(302);
  });

  it("leaves the formatted text as it was", () => {
    expect([formatMoney(12900, "USD"), formatMoney(500, "JPY"), formatMoney(12900, "USD")]).toEqual(["$129.00", "¥500", "$129.00"]);
  });
});
