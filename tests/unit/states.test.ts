import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { orders } from "@/lib/db/schema";
import { stateIs, stateIsNot } from "@/lib/db/states";

/* A state written into a statement (lib/db/states.ts) is only ever one of its column's enum values. */

const text = (q: ReturnType<typeof stateIs>) => new PgDialect().sqlToQuery(q);

describe("states written into a statement", () => {
  it("writes an enum value as a literal, with no parameter", () => {
    expect(text(stateIs(orders.status, "cancelled"))).toEqual({ sql: `"orders"."status" = 'cancelled'`, params: [] });
    expect(text(stateIsNot(orders.status, "cancelled"))).toEqual({ sql: `"orders"."status" <> 'cancelled'`, params: [] });
    expect(text(stateIs(orders.paymentStatus, "partially_refunded")).sql).toBe(`"orders"."payment_status" = 'partially_refunded'`);
  });

  it("refuses anything that is not one of the column's values", () => {
    for (const value of ["'; drop table orders; --", "paid", "CANCELLED", "cancelled'", ""]) {
      expect(() => stateIs(orders.status, value), value).toThrow(/not a status value/);
    }
    // A value of another column's enum is not this column's.
    expect(() => stateIs(orders.fulfillmentStatus, "cancelled")).toThrow(/not a fulfillment_status value/);
  });
});
