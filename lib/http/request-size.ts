/*
 * How large a request body may be, decided once at the edge (proxy.ts) from
 * Content-Length, before any of Plaza's code reads it. (Next itself buffers up
 * to `proxyClientMaxBodySize` of a body before the proxy runs, and drains the
 * rest unbuffered.) Without this, Next.js answers a too-large server action
 * with a bare 500 (its body-limit error is thrown like any other), and it
 * silently cuts every body beyond `proxyClientMaxBodySize` (the app would see
 * a truncated body).
 * next.config.js sets both Next limits from the numbers here
 * (tests/unit/request-size.test.ts keeps them equal); docs/decisions/0011.
 */

const MB = 1024 * 1024;

/** Server actions: forms, with product images and logos (5 MB) and console imports. */
export const MAX_ACTION_BODY_BYTES = 10 * MB;
/** Anything else (route handlers): the largest is a store import archive (50 MB, lib/stores/transfer/import.ts). */
export const MAX_REQUEST_BODY_BYTES = 50 * MB;
/**
 * What Next's proxy keeps of a body. One more megabyte than any route takes,
 * so a route that counts while reading (readCapped) sees "too large" rather
 * than a silently truncated body that happens to fit.
 */
export const PROXY_BODY_BYTES = MAX_REQUEST_BODY_BYTES + MB;

type RequestHead = { method: string; headers: Headers; pathname: string };

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded|text\/plain)\b/i;

/** A server action post: the fetch form (Next-Action header) or a no-JavaScript form post to a page. */
export function isActionRequest(head: RequestHead): boolean {
  if (head.headers.has("next-action")) return true;
  return !head.pathname.startsWith("/api/") && FORM_TYPES.test(head.headers.get("content-type") ?? "");
}

export type SizeRefusal = { status: 411 | 413; message: string };

/** Why this request's body is refused before it is read, or null. */
export function bodySizeRefusal(head: RequestHead): SizeRefusal | null {
  if (!BODY_METHODS.has(head.method.toUpperCase())) return null;
  const action = isActionRequest(head);
  const limit = action ? MAX_ACTION_BODY_BYTES : MAX_REQUEST_BODY_BYTES;
  const length = head.headers.get("content-length");
  if (length === null) {
    // Browsers always send a length for forms; a chunked action body could
    // only be measured after Next has already buffered and cut it.
    if (action && head.headers.has("transfer-encoding")) return { status: 411, message: "Send this form with a Content-Length." };
    return null;
  }
  const bytes = Number(length);
  if (!Number.isFinite(bytes) || bytes < 0) return { status: 413, message: "The request's Content-Length is not a number." };
  if (bytes <= limit) return null;
  const what = action ? "A form (with its files)" : "A request body";
  return { status: 413, message: `${what} can be at most ${limit / MB} MB; this one is ${(bytes / MB).toFixed(1)} MB.` };
}

/** The refusal as a response the client can read: JSON for the API, a short page for a browser, text otherwise. */
export function sizeRefusalResponse(refusal: SizeRefusal, head: RequestHead): Response {
  const headers = { connection: "close", "cache-control": "no-store" };
  if (head.pathname.startsWith("/api/")) {
    return Response.json({ error: { code: "payload_too_large", message: refusal.message } }, { status: refusal.status, headers });
  }
  if ((head.headers.get("accept") ?? "").includes("text/html")) {
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too large</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>That was too large to send</h1><p>${refusal.message}</p><p>Go back, choose a smaller file, and try again.</p></body></html>`;
    return new Response(page, { status: refusal.status, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
  }
  return new Response(refusal.message, { status: refusal.status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
}
