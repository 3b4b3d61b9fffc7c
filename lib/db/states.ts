import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/*
 * A state filter with the state written into the statement instead of bound
 * as a parameter. A store's reads run on generic plans (lib/db/entered.ts),
 * and a generic plan can use a partial index (orders by status, payment,
 * fulfillment; the sales index without cancelled orders) only when the value
 * is in the text. Only a value of the column's own enum is ever written, so
 * nothing from a request reaches the SQL unchecked; the few texts (one per
 * value) are prepared like any other.
 */

type EnumColumn = PgColumn & { enumValues: readonly string[] };

function literal(column: EnumColumn, value: string): SQL {
  if (!column.enumValues.includes(value) || !/^[a-z_]+$/.test(value)) throw new Error(`not a ${column.name} value: ${JSON.stringify(value)}`);
  return sql.raw(`'${value}'`);
}

/** `column = 'value'`, the value one of the column's enum values. */
export function stateIs(column: EnumColumn, value: string): SQL {
  return sql`${column} = ${literal(column, value)}`;
}

/** `column <> 'value'`, the value one of the column's enum values. */
export function stateIsNot(column: EnumColumn, value: string): SQL {
  return sql`${column} <> ${literal(column, value)}`;
}
