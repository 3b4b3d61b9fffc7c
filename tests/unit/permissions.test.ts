import { describe, expect, it } from "vitest";
import { can, canAssignRole, DASHBOARD_NAV, ROLES } from "@/lib/auth/permissions";
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

describe("password policy", () => {
  const base = { name: "A", email: "someone@example.test" };
  it("needs 10 characters and refuses the email", () => {
    expect(newAccountSchema.safeParse({ ...base, password: "short" }).success).toBe(false);
    expect(newAccountSchema.safeParse({ ...base, password: "someone@example.test" }).success).toBe(false);
    expect(newAccountSchema.safeParse({ ...base, password: "a-long-passphrase" }).success).toBe(true);
  });
});
