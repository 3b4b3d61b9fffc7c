import { describe, expect, it } from "vitest";
import { connectionDropped, databaseFault, isUniqueViolation } from "@/lib/db/errors";

// Driver errors as node-postgres shapes them; drizzle wraps them in `cause`.
const wrapped = (cause: unknown) => Object.assign(new Error("Failed query: insert into …"), { cause });

describe("isUniqueViolation", () => {
  it("reads node-postgres errors (`constraint`), wrapped or not", () => {
    const pg = { code: "23505", constraint: "users_email_key" };
    for (const e of [pg, wrapped(pg)]) {
      expect(isUniqueViolation(e)).toBe(true);
      expect(isUniqueViolation(e, "users_email_key")).toBe(true);
      expect(isUniqueViolation(e, "stores_slug_key")).toBe(false);
    }
    expect(isUniqueViolation(wrapped({ code: "23503", constraint: "users_email_key" }))).toBe(false);
  });
});

describe("databaseFault", () => {
  it.each([
    [{ code: "57P01", severity: "FATAL", message: "terminating connection due to administrator command" }, "unavailable"],
    [{ code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:5432" }, "unavailable"],
    [new Error("Connection terminated unexpectedly"), "unavailable"],
    [new Error("timeout exceeded when trying to connect"), "unavailable"],
    [new Error("Client has encountered a connection error and is not queryable"), "unavailable"],
    [{ code: "53300", message: "sorry, too many clients already" }, "unavailable"],
    [{ code: "57014", message: "canceling statement due to statement timeout" }, "timeout"],
    [{ code: "55P03", message: "canceling statement due to lock timeout" }, "timeout"],
    [new Error("Query read timeout"), "timeout"],
  ])("%j is %s", (err, fault) => {
    expect(databaseFault(err)).toBe(fault);
    expect(databaseFault(wrapped(err))).toBe(fault);
  });

  it("is null for what a retry would not fix: constraints, syntax, bugs", () => {
    expect(databaseFault(wrapped({ code: "23505", constraint: "x" }))).toBeNull();
    expect(databaseFault(wrapped({ code: "42601", message: "syntax error" }))).toBeNull();
    expect(databaseFault(new TypeError("Cannot read properties of undefined"))).toBeNull();
    expect(databaseFault(undefined)).toBeNull();
  });
});

describe("connectionDropped (a read is tried once more on a fresh connection)", () => {
  it("is true for a connection that died under the caller, wrapped or not", () => {
    for (const e of [
      { code: "57P01", severity: "FATAL", message: "terminating connection due to administrator command" },
      new Error("Connection terminated unexpectedly"),
      { code: "ECONNRESET", message: "read ECONNRESET" },
    ]) {
      expect(connectionDropped(e)).toBe(true);
      expect(connectionDropped(wrapped(e))).toBe(true);
    }
  });

  it("is false for a server that refuses connections, a timeout, or an ordinary error", () => {
    for (const e of [
      { code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:5432" },
      new Error("timeout exceeded when trying to connect"),
      { code: "57014", message: "canceling statement due to statement timeout" },
      { code: "23505", message: "duplicate key" },
      new Error("Query read timeout"),
    ]) expect(connectionDropped(e)).toBe(false);
  });
});
