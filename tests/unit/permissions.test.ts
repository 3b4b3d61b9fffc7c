import { describe, expect, it } from "vitest";
import { can, canAssignRole, DASHBOARD_NAV, PERMISSION_DESCRIPTIONS, PERMISSIONS, roleCoversScopes, ROLES, STORE_SCOPE_PERMISSION, STORE_SCOPES } from "@/lib/auth/permissions";
import { newAccountSchema } from "@/lib/auth/policy";

describe("permission matrix", () => {
  it("only owners and admins read or manage members", () => {
    for (const role of ROLES) {
      expect(can(role, "members:manage")).toBe(role === "owner" || role === "admin");
      expect(can(role, "overview:read")).toBe(true);
    }
    expect(can(null, "overview:read")).toBe(false);
  });

  it("only owners hand out or take away the owner role", () => {
    expect(canAssignRole("owner", "owner")).toBe(true);
    expect(canAssignRole("admin", "owner")).toBe(false);
    expect(canAssignRole("admin", "catalog")).toBe(true);
    expect(canAssignRole("staff", "staff")).toBe(false);
  });

  it("the dashboard menu shows Members to owners and admins only", () => {
    const visible = (role: (typeof ROLES)[number]) => DASHBOARD_NAV.filter((i) => can(role, i.permission)).map((i) => i.label);
    expect(visible("owner")).toContain("Members");
    expect(visible("staff")).not.toContain("Members");
  });

  it("roles run their own area: catalog products, orders orders, staff reads", () => {
    expect(can("catalog", "products:write")).toBe(true);
    expect(can("catalog", "orders:read")).toBe(false);
    expect(can("catalog", "orders:write")).toBe(false);
    expect(can("orders", "orders:write")).toBe(true);
    expect(can("orders", "products:write")).toBe(false);
    for (const p of ["products:write", "orders:write", "members:manage", "settings:write"] as const) expect(can("staff", p)).toBe(false);
    expect(can("staff", "orders:read") && can("staff", "products:read")).toBe(true);
  });

  it("the menu hides Orders and Customers from catalog members", () => {
    const visible = (role: (typeof ROLES)[number]) => DASHBOARD_NAV.filter((i) => can(role, i.permission)).map((i) => i.label);
    expect(visible("catalog")).toEqual(["Overview", "Products", "Master catalog"]);
    expect(visible("catalog")).not.toEqual(expect.arrayContaining(["Orders"]));
    expect(visible("catalog")).not.toContain("Customers");
    expect(visible("orders")).toEqual(expect.arrayContaining(["Products", "Orders", "Customers"]));
  });
});

describe("API scopes on the same matrix", () => {
  it("each store scope stands for one permission, and every permission has a description", () => {
    for (const scope of STORE_SCOPES) expect(PERMISSIONS).toContain(STORE_SCOPE_PERMISSION[scope]);
    for (const p of PERMISSIONS) expect(PERMISSION_DESCRIPTIONS[p]).toMatch(/\w/);
  });

  it("a role covers a key only when it has the permission behind every scope; unknown scopes are never covered", () => {
    expect(roleCoversScopes("orders", ["orders:read", "products:read"])).toBe(true);
    expect(roleCoversScopes("catalog", ["orders:read"])).toBe(false);
    expect(roleCoversScopes("admin", ["join_requests:write"])).toBe(true);
    expect(roleCoversScopes("staff", ["join_requests:read"])).toBe(false);
    expect(roleCoversScopes("owner", ["stores:write"])).toBe(false);
    for (const role of ROLES) for (const scope of STORE_SCOPES) expect(roleCoversScopes(role, [scope])).toBe(can(role, STORE_SCOPE_PERMISSION[scope]));
  });
});

describe("password policy", () => {
  const base = { name: "A", email: "someone@example.test" };
  it("needs 10 characters and refuses the email", () => {
    expect(newAccountSchema.safeParse({ ...base, password: "short" }).success).toBe(false);
    expect(newAccountSchema.safeParse({ ...base, password: "someone@example.test" }).success).toBe(false);
    expect(newAccountSchema.safeParse({ ...base, password: "a-long-passphrase" }).success).toBe(true);
  });
});
