import { describe, expect, it } from "vitest";
import { handleFromTitle, parsePrice, productInputSchema } from "@/lib/catalog/product-input";

describe("parsePrice", () => {
  it.each([
    ["12.50", 1250],
    ["12.5", 1250],
    ["12", 1200],
    ["1,299.99", 129999],
    ["0", 0],
    [" 7.05 ", 705],
  ])("%s → %d", (text, cents) => expect(parsePrice(text)).toBe(cents));

  it.each(["", "-1", "1.999", "abc", "1e3", "12.50 USD", "0x10"])("refuses %j", (text) => expect(parsePrice(text)).toBeNull());

  it("respects currencies without minor units", () => expect(parsePrice("500", 0)).toBe(500));
});

describe("productInputSchema", () => {
  const base = { title: "Rocket Skates", handle: "", description: "", price: "129.00", stock: "12", status: "active" };

  it("normalises a valid product", () => {
    expect(productInputSchema.parse(base)).toEqual({ title: "Rocket Skates", handle: "rocket-skates", description: "", priceCents: 12900, stock: 12, status: "active" });
  });

  it.each([
    [{ title: "" }, "title"],
    [{ price: "-3" }, "price"],
    [{ price: "99999999" }, "price"],
    [{ stock: "-1" }, "stock"],
    [{ stock: "2.5" }, "stock"],
    [{ stock: "99999999" }, "stock"],
    [{ handle: "Bad Handle!" }, "handle"],
    [{ status: "published" }, "status"],
  ])("reports %j on the field %s", (override, field) => {
    const result = productInputSchema.safeParse({ ...base, ...override });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  it("makes URL-safe handles from any title", () => {
    expect(handleFromTitle("  Über-Cool Tée (2 pack) ")).toBe("uber-cool-tee-2-pack");
    expect(handleFromTitle("!!!")).toBe("");
  });
});
