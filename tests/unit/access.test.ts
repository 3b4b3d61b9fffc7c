import { describe, expect, it } from "vitest";
import { ACCESS_STATUS } from "@/lib/access/decision";
import { authorizeStore, type StoreAccess } from "@/lib/access/store";

/*
 * The store access decision every edge shares (lib/access/store.ts): the
 * same resolved access gives the same code to a page, an action and a route
 * handler; only their translation differs.
 */

const store = (status: string) => ({ id: "00000000-0000-4000-8000-000000000001", slug: "acme", name: "Acme", status, timeZone: "UTC" });
const user = { id: "u1", email: "ana@example.test", name: "Ana", isPlatformAdmin: false };
const member = (role: "owner" | "staff", status = "active"): StoreAccess => ({ kind: "member", store: store(status), user, role, readOnly: status === "suspended", support: null });

describe("authorizeStore", () => {
  it("names each refusal with its own code", () => {
    const cases: Array<[StoreAccess, string]> = [
      [{ kind: "no-store" }, "no_store"],
      [{ kind: "store-closed", store: store("pending") }, "store_closed"],
      [{ kind: "signed-out", store: store("active") }, "unauthenticated"],
      [{ kind: "denied", store: store("active"), user, membership: { status: "pending", reason: null } }, "not_member"],
      [member("staff"), "forbidden"],
    ];
    for (const [access, code] of cases) expect(authorizeStore(access, { permission: "products:write" })).toMatchObject({ ok: false, code });
  });

  it("lets a member whose role has the permission through, read-only stores included for reads", () => {
    expect(authorizeStore(member("owner"), { permission: "products:write" })).toMatchObject({ ok: true, member: { role: "owner" } });
    expect(authorizeStore(member("staff", "suspended"), { permission: "products:read" })).toMatchObject({ ok: true });
  });

  it("refuses every write to a suspended store, before membership or role", () => {
    for (const access of [member("owner", "suspended"), { kind: "denied", store: store("suspended"), user, membership: null } as StoreAccess]) {
      expect(authorizeStore(access, { permission: "products:write", write: true })).toEqual({ ok: false, code: "read_only", message: "This store is suspended: read-only." });
    }
  });

  it("gives route handlers a status per code: a session 401, a role 403, anything that would reveal a store 404", () => {
    expect([ACCESS_STATUS.unauthenticated, ACCESS_STATUS.forbidden, ACCESS_STATUS.no_store, ACCESS_STATUS.not_member, ACCESS_STATUS.store_closed]).toEqual([401, 403, 404, 404, 404]);
  });
});
