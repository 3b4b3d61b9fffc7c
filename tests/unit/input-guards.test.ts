import { describe, expect, it } from "vitest";
import { formFile, formProblem, MAX_FIELD_CHARS, MAX_FORM_VALUES, UNREADABLE_FORM } from "@/lib/actions/form-guard";
import { checkJson, MAX_JSON_DEPTH, readCapped } from "@/lib/api/body";

const form = (entries: Array<[string, string | Blob]>) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("formProblem (every server action's form, before its schema)", () => {
  it("refuses anything that is not a form: a server action can be posted any arguments", () => {
    for (const notAForm of [undefined, null, "x", 42, {}, [], { get: () => "x" }]) {
      expect(formProblem(notAForm)).toEqual({ field: null, message: UNREADABLE_FORM });
    }
  });

  it("names the field holding a NUL or a huge string", () => {
    expect(formProblem(form([["name", "a\0b"]]))).toEqual({ field: "name", message: expect.stringMatching(/NUL/) });
    expect(formProblem(form([["note", "x".repeat(MAX_FIELD_CHARS + 1)]]))).toEqual({ field: "note", message: "This is far too long." });
    expect(formProblem(form([["note", "x".repeat(MAX_FIELD_CHARS)]]))).toBeNull();
  });

  it("counts every value, repeated names included", () => {
    const many = form(Array.from({ length: MAX_FORM_VALUES + 1 }, () => ["userId", "x"] as [string, string]));
    expect(formProblem(many)?.message).toBe("This form has too many values.");
    expect(formProblem(form([["image", new Blob(["\0\0"])]]))).toBeNull(); // files are the upload code's business
  });

  it("formFile reads a file field only from a real form", () => {
    expect(formFile("nope", "image")).toBeNull();
    expect(formFile(form([["image", new File(["x"], "a.png")]]), "image")?.name).toBe("a.png");
    expect(formFile(form([["image", new File([], "empty.png")]]), "image")).toBeNull();
  });
});

describe("API bodies", () => {
  it("checkJson refuses NUL in strings and keys, and nesting past the limit, without recursion", () => {
    expect(checkJson({ a: ["ok", { b: "fine" }] })).toBeNull();
    expect(checkJson({ reason: "a\0" })).toMatch(/NUL/);
    expect(checkJson({ "k\0": 1 })).toMatch(/NUL/);
    // jsonb refuses a lone surrogate (audit entries carry request text): refused here instead.
    expect(checkJson({ name: "\udfff" })).toMatch(/valid Unicode/);
    expect(checkJson({ name: "a\ud800" })).toMatch(/valid Unicode/);
    expect(checkJson({ name: "emoji \ud83d\ude00 fine" })).toBeNull();
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkJson(deep)).toMatch(new RegExp(`deeper than ${MAX_JSON_DEPTH}`));
  });

  it("readCapped stops at the cap whatever Content-Length claims", async () => {
    const body = (n: number) => new ReadableStream({ start: (c) => (c.enqueue(new Uint8Array(n).fill(65)), c.close()) });
    expect(await readCapped(new Request("http://x/", { method: "POST", body: "abc" }), 3)).toBe("abc");
    expect(await readCapped(new Request("http://x/", { method: "POST", body: "abcd" }), 3)).toBeNull();
    const lying = new Request("http://x/", { method: "POST", body: body(10), duplex: "half", headers: { "content-length": "1" } } as RequestInit);
    expect(await readCapped(lying, 5)).toBeNull();
    expect(await readCapped(new Request("http://x/", { method: "POST", body: new Uint8Array([0xff, 0x41]) }), 10)).toBe("\uFFFDA");
  });
});
