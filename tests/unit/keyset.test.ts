import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/api/cursor";
import { decodeCursor as decodeCatalogCursor } from "@/lib/catalog/storefront";
import { cursorTimeSchema } from "@/lib/db/keyset";

const id = "0b7c1b7e-1111-4222-8333-944455556666";

describe("keyset cursor times", () => {
  it("accept PostgreSQL's microsecond UTC form", () => {
    expect(cursorTimeSchema.safeParse("2026-11-23T03:25:04.123456Z").success).toBe(true);
  });

  it.each(["2024-13-45T99:99:99.000000Z", "2024-02-30T00:00:00.000000Z", "2026-11-23T03:25:04.123Z", "yesterday", "2026-11-23 03:25:04.123456+00"])(
    "reject %s before it reaches a ::timestamptz cast",
    (t) => expect(cursorTimeSchema.safeParse(t).success).toBe(false),
  );
});

describe("API cursors", () => {
  it("round-trip and reject tampering with a validation answer, not a database error", () => {
    expect(decodeCursor(encodeCursor({ t: "2026-11-23T03:25:04.123456Z", id }))).toEqual({ t: "2026-11-23T03:25:04.123456Z", id });
    expect(decodeCursor(Buffer.from(JSON.stringify({ t: "2024-13-45T99:99:99.000000Z", id })).toString("base64url"))).toBe("invalid");
    expect(decodeCursor(Buffer.from(JSON.stringify({ t: "2026-11-23T03:25:04.123456Z", id: "'; drop table x" })).toString("base64url"))).toBe("invalid");
    expect(decodeCursor("%%%")).toBe("invalid");
  });
});

describe("storefront catalog cursors", () => {
  it("treat an impossible date as no cursor (page one)", () => {
    expect(decodeCatalogCursor(Buffer.from(`2024-13-45T99:99:99.000000Z|${id}`).toString("base64url"))).toBeNull();
  });
});
