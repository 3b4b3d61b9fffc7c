/**
 * True when `err` (or an error it wraps — drizzle wraps driver errors in
 * DrizzleQueryError with the driver's error as `cause`) is a PostgreSQL
 * unique violation, optionally on the named constraint. Checked by SQLSTATE,
 * the code of the driver we actually use (postgres.js), not another ORM's.
 */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const pg = e as { code?: unknown; constraint_name?: unknown };
    if (pg.code === "23505") return constraint === undefined || pg.constraint_name === constraint;
  }
  return false;
}
