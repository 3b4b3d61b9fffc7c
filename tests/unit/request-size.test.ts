import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.js";
import { bodySizeRefusal, MAX_ACTION_BODY_BYTES, MAX_REQUEST_BODY_BYTES, PROXY_BODY_BYTES } from "@/lib/http/request-size";

const head = (method: string, pathname: string, headers: Record<string, string>) => ({ method, pathname, headers: new Headers(headers) });
const MB = 1024 * 1024;

describe("request body limits", () => {
  it("next.config.js uses the same numbers the proxy enforces", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(MAX_ACTION_BODY_BYTES);
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(PROXY_BODY_BYTES);
    expect(PROXY_BODY_BYTES).toBeGreaterThan(MAX_REQUEST_BODY_BYTES);
  });

  it("refuses a server action over 10 MB, fetch or no-JavaScript form, with 413 and the limit in words", () => {
    const big = String(10 * MB + 1);
    expect(bodySizeRefusal(head("POST", "/dashboard/products", { "next-action": "abc", "content-length": big }))).toEqual({
      status: 413,
      message: "A form (with its files) can be at most 10 MB; this one is 10.0 MB.",
    });
    expect(bodySizeRefusal(head("POST", "/signup", { "content-type": "multipart/form-data; boundary=x", "content-length": big }))?.status).toBe(413);
    expect(bodySizeRefusal(head("POST", "/signup", { "content-type": "multipart/form-data; boundary=x", "content-length": String(10 * MB) }))).toBeNull();
  });

  it("lets route bodies up to 50 MB through (store imports) and refuses beyond", () => {
    const zip = { "content-type": "application/zip" };
    expect(bodySizeRefusal(head("POST", "/dashboard/settings/export/upload", { ...zip, "content-length": String(50 * MB) }))).toBeNull();
    expect(bodySizeRefusal(head("POST", "/dashboard/settings/export/upload", { ...zip, "content-length": String(50 * MB + 1) }))?.status).toBe(413);
    expect(bodySizeRefusal(head("POST", "/api/v1/stores", { "content-type": "multipart/form-data", "content-length": String(20 * MB) }))).toBeNull();
  });

  it("asks for a length on a chunked action body, and ignores bodiless methods", () => {
    expect(bodySizeRefusal(head("POST", "/x", { "next-action": "abc", "transfer-encoding": "chunked" }))?.status).toBe(411);
    expect(bodySizeRefusal(head("POST", "/api/v1/stores", { "transfer-encoding": "chunked" }))).toBeNull();
    expect(bodySizeRefusal(head("GET", "/", { "content-length": String(100 * MB) }))).toBeNull();
    expect(bodySizeRefusal(head("POST", "/x", { "next-action": "abc", "content-length": "lots" }))?.status).toBe(413);
  });
});
