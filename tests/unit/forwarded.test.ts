import { describe, expect, it } from "vitest";
import type { IncomingHttpHeaders } from "node:http";
import { clientAddress, parseTrustedProxies, sanitizeForwarded } from "@/lib/http/forwarded";

const forged = (): IncomingHttpHeaders => ({
  host: "acme.localhost:3000",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "443",
  "x-forwarded-for": "1.2.3.4",
  forwarded: "for=1.2.3.4;host=evil.example",
  "x-real-ip": "1.2.3.4",
});

describe("forwarded headers (issue 10.3/10.5)", () => {
  it("from an untrusted peer: every forwarded header is dropped and the client is the socket", () => {
    const h = forged();
    expect(sanitizeForwarded(h, "::ffff:203.0.113.9", parseTrustedProxies(undefined))).toBe("203.0.113.9");
    expect(h).toEqual({ host: "acme.localhost:3000", "x-forwarded-for": "203.0.113.9" });
  });

  it("from a trusted proxy: the chain is walked from the right past trusted hops", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, ::1");
    const h: IncomingHttpHeaders = { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.3", "x-forwarded-proto": "https" };
    // 6.6.6.6 is what the client claimed; 198.51.100.7 is what the first trusted hop saw.
    expect(sanitizeForwarded(h, "10.0.0.2", trusted)).toBe("198.51.100.7");
    expect(h).toEqual({ "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "https" });
  });

  it("a peer outside the trusted list is not trusted just because it sends the headers", () => {
    const h = forged();
    expect(sanitizeForwarded(h, "192.0.2.1", parseTrustedProxies("10.0.0.0/8"))).toBe("192.0.2.1");
    expect(h["x-forwarded-host"]).toBeUndefined();
  });

  it("refuses a malformed setting, naming it", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/PLAZA_TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/PLAZA_TRUSTED_PROXIES/);
  });

  it("app code reads the sanitized header's one entry, or unknown", () => {
    expect(clientAddress("198.51.100.7")).toBe("198.51.100.7");
    expect(clientAddress(" 198.51.100.7 , 10.0.0.3")).toBe("198.51.100.7");
    expect(clientAddress("")).toBe("unknown");
    expect(clientAddress(null)).toBe("unknown");
    expect(clientAddress(undefined)).toBe("unknown");
  });
});
