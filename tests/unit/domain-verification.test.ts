import { describe, expect, it } from "vitest";
import {
  apexOfWww,
  checkDns,
  dnsInstructions,
  FAILED_CHECKS_BEFORE_MISCONFIGURED,
  nextDomainState,
  parseDomainInput,
  type DnsResolver,
} from "@/lib/domains/verification";

function fakeResolver(records: { txt?: Record<string, string[][]>; cname?: Record<string, string[]> }): DnsResolver {
  const nx = () => Object.assign(new Error("queryTxt ENOTFOUND"), { code: "ENOTFOUND" });
  return {
    resolveTxt: async (name) => records.txt?.[name] ?? Promise.reject(nx()),
    resolveCname: async (name) => records.cname?.[name] ?? Promise.reject(nx()),
  };
}

describe("parseDomainInput", () => {
  it.each([
    ["shop.example.com", "shop.example.com"],
    ["https://Shop.Example.COM/path?q=1", "shop.example.com"],
    ["www.example.org.", "www.example.org"],
    ["bücher.example", "xn--bcher-kva.example"],
  ])("accepts %s as %s", (input, domain) => {
    expect(parseDomainInput(input, "localhost:3000")).toEqual({ domain });
  });

  it.each([
    ["", "invalid"],
    ["localhost", "invalid"],
    ["-bad.example.com", "invalid"],
    ["192.168.0.1", "ip"],
    ["plaza.example", "platform"],
    ["acme.plaza.example", "platform"],
  ])("refuses %s (%s)", (input, problem) => {
    expect(parseDomainInput(input, "plaza.example")).toEqual({ problem });
  });
});

describe("DNS checks", () => {
  const token = "plaza-verify=abc";
  const { txt, cname } = dnsInstructions("shop.example.com", token, "cname.plaza.example");

  it("tells the owner which TXT and CNAME records to publish", () => {
    expect(txt).toEqual({ name: "_plaza-verification.shop.example.com", value: token });
    expect(cname).toEqual({ name: "shop.example.com", target: "cname.plaza.example" });
  });

  it("finds the token among TXT records, also when split into chunks", async () => {
    const r = fakeResolver({ txt: { [txt.name]: [["v=spf1 -all"], ["plaza-verify=", "abc"]] }, cname: { "shop.example.com": ["CNAME.plaza.example."] } });
    expect(await checkDns(r, "shop.example.com", token, "cname.plaza.example")).toEqual({ txtFound: true, cnameOk: true, error: undefined });
  });

  it("reports a missing record as not found, with the resolver's code", async () => {
    const r = fakeResolver({});
    expect(await checkDns(r, "shop.example.com", token, "cname.plaza.example")).toEqual({ txtFound: false, cnameOk: false, error: "ENOTFOUND" });
  });

  it("does not accept another store's token", async () => {
    const r = fakeResolver({ txt: { [txt.name]: [["plaza-verify=someone-else"]] } });
    expect((await checkDns(r, "shop.example.com", token, "cname.plaza.example")).txtFound).toBe(false);
  });
});

describe("nextDomainState", () => {
  it("pending → verified when the TXT record appears", () => {
    expect(nextDomainState({ status: "pending", failedChecks: 2 }, { txtFound: true })).toEqual({ status: "verified", failedChecks: 0 });
  });

  it("stays pending while the record is missing", () => {
    expect(nextDomainState({ status: "pending", failedChecks: 0 }, { txtFound: false })).toEqual({ status: "pending", failedChecks: 1 });
  });

  it("verified → misconfigured only after repeated failed re-checks", () => {
    let state = { status: "verified" as const, failedChecks: 0 } as { status: "verified" | "misconfigured" | "pending"; failedChecks: number };
    for (let i = 1; i < FAILED_CHECKS_BEFORE_MISCONFIGURED; i++) {
      state = nextDomainState(state, { txtFound: false });
      expect(state.status).toBe("verified");
    }
    state = nextDomainState(state, { txtFound: false });
    expect(state).toEqual({ status: "misconfigured", failedChecks: FAILED_CHECKS_BEFORE_MISCONFIGURED });
    expect(nextDomainState(state, { txtFound: true })).toEqual({ status: "verified", failedChecks: 0 });
  });
});

describe("apexOfWww", () => {
  it("maps www.example.com to example.com and nothing else", () => {
    expect(apexOfWww("www.example.com")).toBe("example.com");
    expect(apexOfWww("shop.example.com")).toBeNull();
    expect(apexOfWww("www.com")).toBeNull();
  });
});
