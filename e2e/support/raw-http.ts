import { request as httpRequest } from "node:http";
import { PORT } from "./urls";

/*
 * One HTTP request to the e2e server, the way curl would send it: any Host
 * and forwarded headers, cookies by hand, no redirects followed, and from a
 * chosen loopback address (127.0.0.2, …) so a test that exhausts a per-client
 * limit does not slow down the rest of the suite, which connects from 127.0.0.1.
 */
export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; cookies: string[]; body: string };

export function raw(
  method: string,
  path: string,
  opts: { host: string; headers?: Record<string, string>; body?: string; from?: string; cookies?: string[] },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: opts.host, ...opts.headers };
    if (opts.cookies?.length) headers.cookie = opts.cookies.join("; ");
    if (opts.body !== undefined) headers["content-length"] = String(Buffer.byteLength(opts.body));
    const req = httpRequest({ host: "127.0.0.1", port: PORT, method, path, headers, localAddress: opts.from ?? "127.0.0.1" }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const set = res.headers["set-cookie"] ?? [];
        resolve({ status: res.statusCode ?? 0, headers: res.headers, cookies: set.map((c) => c.split(";")[0]!), body: Buffer.concat(chunks).toString("utf8") });
      });
    });
    req.on("error", reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** Signs in through next-auth's JSON endpoints (csrf, then the credentials callback), as the login form does. */
export async function signInRaw(host: string, email: string, password: string, opts: { from?: string; headers?: Record<string, string> } = {}) {
  const csrf = await raw("GET", "/api/auth/csrf", { host, ...opts });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `http://${host}/` }).toString();
  const res = await raw("POST", "/api/auth/callback/credentials", {
    host,
    ...opts,
    headers: { ...opts.headers, "content-type": "application/x-www-form-urlencoded" },
    cookies: csrf.cookies,
    body: form,
  });
  const session = res.cookies.find((c) => c.startsWith("next-auth.session-token="));
  return { res, session, json: JSON.parse(res.body || "{}") as { url?: string } };
}

export { PORT };
