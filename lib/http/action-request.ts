/*
 * A server action called with JavaScript (the Next-Action header) carries its
 * arguments in React's reply encoding: a JSON array in field "0" (or the
 * whole body), in which strings starting with "$" are references. When that
 * encoding is malformed — not JSON, not an array, nested without end, or a
 * reference kind no Plaza action takes (Map, Set, stream, promise…) — React
 * fails while decoding, before any of our code runs, and Next answers a bare
 * 500. proxy.ts checks it first (the body is already size-checked and
 * buffered for it), so such a request gets a 400; everything else about the
 * arguments is checked by the action wrappers (lib/actions/form-guard.ts).
 */

/** Far deeper than an action's previous state ever is; deeper input would cost React a deep recursion. */
const MAX_DEPTH = 16;
/**
 * References Plaza's actions can receive: a form ($K), undefined, dates,
 * big integers, special numbers and an escaped "$". Anything else is refused.
 */
const ALLOWED_REFERENCE = /^\$(?:K[0-9a-f]+|undefined|D.*|n-?\d+|NaN|Infinity|-Infinity|-0|\$.*)?$/s;

export const BAD_ACTION_REQUEST = "This request could not be read. Reload the page and try again.";

export async function actionRequestRefusal(req: Request): Promise<string | null> {
  if (req.method !== "POST" || !req.headers.has("next-action")) return null;
  let root: unknown;
  try {
    if (/^multipart\/form-data/i.test(req.headers.get("content-type") ?? "")) {
      const form = await req.formData();
      // A control character in a field name breaks Next's own multipart parser ("Malformed part header").
      for (const name of form.keys()) if (/[\0-\x1f]/.test(name)) return BAD_ACTION_REQUEST;
      root = form.get("0");
    } else {
      root = await req.text();
    }
  } catch {
    return BAD_ACTION_REQUEST;
  }
  if (typeof root !== "string") return BAD_ACTION_REQUEST;
  let args: unknown;
  try {
    args = JSON.parse(root);
  } catch {
    return BAD_ACTION_REQUEST;
  }
  return Array.isArray(args) && wellFormed(args) ? null : BAD_ACTION_REQUEST;
}

/** Depth-bounded and iterative: the walk itself cannot be made to overflow the stack. */
function wellFormed(args: unknown[]): boolean {
  const stack: Array<[unknown, number]> = [[args, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v === "string") {
      if (v.startsWith("$") && !ALLOWED_REFERENCE.test(v)) return false;
    } else if (v !== null && typeof v === "object") {
      if (depth >= MAX_DEPTH) return false;
      for (const child of Object.values(v)) stack.push([child, depth + 1]);
    }
  }
  return true;
}
