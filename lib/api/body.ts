import "server-only";

/*
 * Reading request bodies without trusting them: a size cap enforced while
 * reading (Content-Length is only a claim, and chunked bodies have none), and
 * a walk over parsed JSON for what no schema should have to think about.
 */

/** The body as text, or null once it passes `max` bytes (reading stops there). */
export async function readCapped(req: Request, max: number): Promise<string | null> {
  const bytes = await readCappedBytes(req, max);
  // Invalid UTF-8 becomes U+FFFD, as req.text() would do.
  return bytes === null ? null : new TextDecoder().decode(bytes);
}

/** The body's bytes, or null once it passes `max` bytes (reading stops there). */
export async function readCappedBytes(req: Request, max: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > max) {
    await req.body?.cancel().catch(() => {});
    return null;
  }
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Deeper than any document of ours by far; bounds the walk below and whatever a schema does next. */
export const MAX_JSON_DEPTH = 32;

/** A UTF-16 half without its other half: JSON can carry it as `\ud800`, PostgreSQL's jsonb refuses it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const badText = (s: string) => s.includes("\0") || LONE_SURROGATE.test(s);
const BAD_TEXT = "Strings must be valid Unicode text without NUL characters.";

/** Why a parsed JSON value is refused (too deep, or a NUL or lone surrogate in a string or key), or null. Iterative: depth cannot overflow the stack. */
export function checkJson(value: unknown): string | null {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v === "string") {
      if (badText(v)) return BAD_TEXT;
    } else if (v !== null && typeof v === "object") {
      if (depth >= MAX_JSON_DEPTH) return `The body is nested deeper than ${MAX_JSON_DEPTH} levels.`;
      for (const [k, child] of Object.entries(v)) {
        if (badText(k)) return BAD_TEXT;
        stack.push([child, depth + 1]);
      }
    }
  }
  return null;
}
