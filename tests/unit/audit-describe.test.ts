import { describe, expect, it } from "vitest";
import { auditKindOf, auditText, parseHistoryQuery } from "@/lib/audit/describe";

describe("audit entries in words", () => {
  it("reads as a sentence with the actor and the object's name", () => {
    expect(auditText({ action: "product.archived", data: {}, actor: "Ana Owner", object: { name: "Blue Mug" } })).toBe("Ana Owner archived product Blue Mug");
    expect(auditText({ action: "membership.role_changed", data: { from: "staff", to: "admin" }, actor: "Ana", object: { name: "Bo" } })).toBe("Ana changed the role of Bo from Staff to Admin");
    expect(auditText({ action: "store.plan_changed", data: { from: "basic", to: "premium" }, actor: "Root", object: { name: "Acme" } })).toBe("Root changed the plan of store Acme from basic to premium");
    expect(auditText({ action: "store.placement_changed", data: { from: "pool", to: "dedicated db-1" }, actor: "Pat", object: { name: "Acme" } })).toBe("Pat moved store Acme from the shared pool to a dedicated database db-1");
    expect(auditText({ action: "store.placement_changed", data: { from: "dedicated db-1", to: "pool" }, actor: "Pat", object: { name: "Acme" } })).toBe("Pat moved store Acme from a dedicated database db-1 to the shared pool");
    expect(auditText({ action: "join_request.submitted", data: {}, actor: "Bo", object: { name: "Bo" } })).toBe("Bo asked to join the store");
  });

  it("the system is named, and an unknown action still reads as words", () => {
    expect(auditText({ action: "domain.verified", data: {}, actor: null, object: { name: "shop.example" } })).toBe("Plaza verified domain shop.example");
    expect(auditText({ action: "gadget.polished_up", data: {}, actor: "Ana", object: null })).toBe("Ana polished up gadget");
  });

  it("kinds group actions", () => {
    expect(auditKindOf("join_request.approved")).toBe("members");
    expect(auditKindOf("membership.removed")).toBe("members");
    expect(auditKindOf("store_application.approved")).toBe("applications");
    expect(auditKindOf("store.suspended")).toBe("store");
    expect(auditKindOf("nope")).toBeNull();
  });

  it("bad filter values are dropped, not errors", () => {
    expect(parseHistoryQuery({ kind: "members", actor: "not-a-uuid", from: "2026-13-45", to: "2026-01-02", page: "-3" })).toEqual({ kind: "members", actor: undefined, from: undefined, to: "2026-01-02", page: 1 });
    expect(parseHistoryQuery({ kind: "'; drop table", page: "2" })).toMatchObject({ kind: undefined, page: 2 });
  });
});
