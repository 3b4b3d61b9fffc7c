import { describe, expect, it } from "vitest";
import { stripInternalHeaders } from "@/lib/tenancy/headers";

describe("stripInternalHeaders", () => {
  it("drops spoofed tenant, middleware and plaza headers and keeps the rest", () => {
    const incoming = new Headers({
      host: "acme.localhost:3000",
      "x-tenant-id": "globex",
      "X-Tenant-Slug": "globex",
      "x-middleware-subrequest": "proxy:proxy:proxy",
      "x-middleware-rewrite": "/s/globex",
      "x-plaza-base": "https://evil.example",
      "x-plaza-not-found": "store",
      accept: "text/html",
      cookie: "a=b",
    });
    const out = stripInternalHeaders(incoming);
    expect([...out.keys()].sort()).toEqual(["accept", "cookie", "host"]);
  });
});
