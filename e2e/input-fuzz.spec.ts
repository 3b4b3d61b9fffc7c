import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import { expect, test } from "./support/test";
import { withE2eDatabase } from "./support/console";
import { pidListeningOn, rssMb } from "./support/server-process";
import { PORT } from "./support/urls";

/*
 * Bad input never answers 5xx (issue 8): a bounded fuzz over every server
 * action in the production build's manifest and every /api/v1 route in the
 * OpenAPI document, against the real `next start`. Wrong types, missing
 * fields, huge strings, NUL bytes, invalid UTF-8, deep nesting, malformed
 * action encodings and oversized bodies. Afterwards the same server process
 * is alive, healthy, and its memory is back near where it started.
 *
 * Requests go through node:http so the test controls every byte, the Host
 * header and Content-Length. Everything it could change lives in a store of
 * its own, made here.
 */

type Reply = { status: number; body: string; cookies: string[] };
type Request = { method: string; host: string; path: string; headers?: Record<string, string>; body?: Buffer };

function send(r: Request): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const body = r.body ?? Buffer.alloc(0);
    const headers: Record<string, string | number> = { host: r.host, ...r.headers };
    if (r.method !== "GET") headers["content-length"] = body.length;
    const req = http.request({ host: "127.0.0.1", port: PORT, method: r.method, path: r.path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!) }));
    });
    req.setTimeout(30_000, () => req.destroy(new Error("timed out")));
    // A server that refuses a body early may close while it is still being written: the answer already came.
    req.on("error", (err) => reject(err));
    req.end(body);
  });
}

const ROOT = `localhost:${PORT}`;
const multipart = async (fields: Array<[string, string | Blob]>) => {
  const form = new FormData();
  for (const [k, v] of fields) form.append(k, v);
  const res = new Response(form);
  return { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get("content-type")! };
};

/** A session cookie for `host`, signed in with next-auth's credentials flow over HTTP (sessions are per host). */
async function signIn(host: string, email: string, password: string): Promise<string> {
  const csrf = await send({ method: "GET", host, path: "/api/auth/csrf" });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, json: "true" }).toString();
  const res = await send({ method: "POST", host, path: "/api/auth/callback/credentials", headers: { cookie: csrf.cookies.join("; "), "content-type": "application/x-www-form-urlencoded" }, body: Buffer.from(form) });
  const session = res.cookies.find((c) => c.startsWith("next-auth.session-token="));
  expect(session, `signed in as ${email} on ${host} (${res.status})`).toBeTruthy();
  return session!;
}

// ---- server actions -------------------------------------------------------

type Action = { id: string; name: string; worker: string };

function buildActions(): Action[] {
  const file = ".next/server/server-reference-manifest.json";
  expect(existsSync(file), "the production build's server-reference manifest exists (npm test builds first)").toBe(true);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { exportedName?: string; workers: Record<string, unknown> }> };
  return Object.entries(manifest.node).map(([id, v]) => ({ id, name: v.exportedName ?? id, worker: Object.keys(v.workers)[0]! }));
}

/** Where a browser would post the action from: the page that renders it, on the host that page lives on. */
function pageOf(worker: string, storeSlug: string): { host: string; path: string } {
  const fill = (p: string) => p.replace(/\[id\]/g, "00000000-0000-4000-8000-000000000000").replace(/\[handle\]/g, "some-product").replace(/\[slug\]/g, storeSlug);
  const route = worker.replace(/^app\//, "").replace(/\/?page$/, "");
  if (route.startsWith("admin")) return { host: ROOT, path: fill(`/${route}`) };
  const store = `${storeSlug}.localhost:${PORT}`;
  if (route.startsWith("d/[store]")) return { host: store, path: fill(route.replace(/^d\/\[store\]\/\(app\)/, "/dashboard").replace(/^d\/\[store\]/, "/dashboard")) || "/dashboard" };
  if (route.startsWith("s/[store]")) return { host: store, path: fill(route.replace(/^s\/\[store\]/, "")) || "/" };
  return { host: ROOT, path: fill(`/${route}`) };
}

const FIELDS = ["slug", "storeName", "name", "email", "password", "confirm", "note", "reason", "token", "userId", "storeId", "productId", "orderId", "keyId", "domainId", "quantity", "key", "value", "domain", "title", "description", "handle", "priceCents", "stock", "status", "op", "plan", "decision", "role", "scopes", "ownerEmail", "id"];

/** React's reply encoding: field "0" holds the argument list, "_1_<name>" the fields of the form referenced as "$K1" (they come first). */
function formCall(args: unknown[], fields: Array<[string, string | Blob]>): Array<[string, string | Blob]> {
  return [...fields.map(([k, v]) => [`_1_${k}`, v] as [string, string | Blob]), ["0", JSON.stringify(args)]];
}

const ELEVEN_MB = Buffer.alloc(11 * 1024 * 1024, 0x41);

function actionCases(action: Action, slug: string): Array<{ label: string; fields?: Array<[string, string | Blob]>; raw?: { body: Buffer; type: string } }> {
  const bound = action.worker.startsWith("app/s/[store]") && /Cart|Order/.test(action.name);
  const call = (fields: Array<[string, string | Blob]>) => formCall(bound ? [slug, { ok: false }, "$K1"] : [{ ok: false }, "$K1"], fields);
  const huge = "x".repeat(200_000);
  return [
    { label: "no arguments", fields: [["0", "[]"]] },
    { label: "a string and a number for (prev, form)", fields: [["0", JSON.stringify(["x", 42])]] },
    { label: "an object for the form", fields: [["0", JSON.stringify([null, { get: "x" }])]] },
    { label: "three numbers", fields: [["0", JSON.stringify([1, 2, 3])]] },
    { label: "an empty form", fields: call([]) },
    { label: "NUL in every field", fields: call(FIELDS.map((f) => [f, `a\u0000b`])) },
    { label: "NUL in a field name", fields: call([["na\u0000me", "x"]]) },
    { label: "huge strings", fields: call(FIELDS.slice(0, 8).map((f) => [f, huge])) },
    { label: "wrong types as text", fields: call(FIELDS.map((f) => [f, "-1e999"])) },
    { label: "lone surrogates and RTL marks", fields: call(FIELDS.map((f) => [f, "\ud800\u202e"])) },
    { label: "too many values", fields: call(Array.from({ length: 1_500 }, (_, i) => ["userId", `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`])) },
    { label: "a file where text belongs", fields: call(FIELDS.slice(0, 6).map((f) => [f, new Blob([randomBytes(64)])])) },
    { label: "deep nesting", fields: [["0", "[".repeat(5_000) + "]".repeat(5_000)]] },
    { label: "invalid UTF-8 in the arguments", raw: { body: Buffer.concat([Buffer.from('--b\r\ncontent-disposition: form-data; name="0"\r\n\r\n'), Buffer.from([0xff, 0xfe, 0x5b]), Buffer.from("\r\n--b--\r\n")]), type: "multipart/form-data; boundary=b" } },
    { label: "not JSON", fields: [["0", "{not json"]] },
    { label: "a Map reference", fields: [["0", '["$Q1"]'], ["1", "bad"]] },
    { label: "a stream reference", fields: [["0", '["$R1"]']] },
    { label: "a promise reference", fields: [["0", '["$@1"]']] },
    { label: "plain-text garbage", raw: { body: Buffer.from("garbage"), type: "text/plain;charset=UTF-8" } },
    { label: "plain-text string instead of a list", raw: { body: Buffer.from('"just a string"'), type: "text/plain;charset=UTF-8" } },
    { label: "a broken multipart body", raw: { body: Buffer.from("--b\r\nthis is not a part"), type: "multipart/form-data; boundary=b" } },
    { label: "an 11 MB form", raw: { body: ELEVEN_MB, type: "multipart/form-data; boundary=b" } },
  ];
}

// ---- /api/v1 ---------------------------------------------------------------

const JSON_BODIES: Array<[string, Buffer]> = [
  ["empty", Buffer.from("")],
  ["an empty object", Buffer.from("{}")],
  ["a list", Buffer.from("[]")],
  ["a string", Buffer.from('"s"')],
  ["a number", Buffer.from("1")],
  ["null", Buffer.from("null")],
  ["truncated JSON", Buffer.from('{"reason":')],
  ["wrong types", Buffer.from('{"reason":5,"role":{"$ne":1},"name":[],"plan":true,"slug":1,"ownerEmail":{}}')],
  ["NUL in a value", Buffer.from('{"reason":"ok\\u0000","name":"a\\u0000","role":"staff\\u0000","slug":"a\\u0000b","plan":"basic","ownerEmail":"a@b.test"}')],
  ["NUL in a key", Buffer.from('{"rea\\u0000son":"x"}')],
  ["a lone surrogate", Buffer.from('{"reason":"\\ud800 because","name":"\\udfff"}')],
  ["invalid UTF-8", Buffer.from([0x7b, 0x22, 0x72, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
  ["a prototype key", Buffer.from('{"__proto__":{"admin":true},"constructor":{"prototype":{}}}')],
  ["deep nesting", Buffer.from("[".repeat(100_000) + "]".repeat(100_000))],
  ["a 2 MB string", Buffer.from(`{"reason":"${"x".repeat(2 * 1024 * 1024)}"}`)],
];

const SLUGS = (mine: string) => [mine, "%00", "%00abc", mine.toUpperCase(), "a".repeat(3000), "%FF%FE", "..%2F..%2Fetc", "%E2%80%AE" + mine, "x%20y", "ad%00min"];
const USER_IDS = ["00000000-0000-4000-8000-000000000000", "%00", "not-a-uuid", "1".repeat(3000), "%FF"];
const QUERIES = ["", "?limit=abc", "?limit=-5", "?limit=1e400", "?after=%00", `?after=${"A".repeat(3000)}`, "?after=eyJ0IjoiMjAyNiJ9", "?q=%00", `?q=${"x".repeat(5000)}`, "?status=%00", "?status=bogus", "?before=-1", "?before=abc", "?limit[]=1", "?%00=1", "?after=%FF"];

function token() {
  const prefix = randomBytes(8).toString("hex").slice(0, 10);
  const value = `plz_${prefix}_${randomBytes(32).toString("base64url")}`;
  return { prefix, value, hash: createHash("sha256").update(value).digest("hex") };
}

test("no input answers 5xx, the server stays up and its memory comes back", async () => {
  test.setTimeout(600_000);
  const slug = `fuzz-${randomBytes(4).toString("hex")}`;
  const storeKey = token();
  const platformKey = token();
  await withE2eDatabase(async (client) => {
    const one = async (text: string, values: unknown[] = []) => (await client.query<{ id: string }>(text, values)).rows[0]!;
    const admin = await one("select id from users where email = 'admin@plaza.test'");
    const store = await one("insert into stores (slug, name, status, plan) values ($1, $2, 'active', 'premium') returning id", [slug, "Fuzz " + slug]);
    // acme's demo owner also owns the fuzz store, so signed-in dashboard actions reach their bodies here, not at acme.
    const owner = await one("select id from users where email = 'owner@acme.test'");
    await client.query("insert into memberships (store_id, user_id, role, status) values ($1, $2, 'owner', 'approved')", [store.id, owner.id]);
    // A key acts only while its creator holds the rights its scopes need (lib/api/key-authority.ts): the store key is the owner's.
    await client.query(
      `insert into api_keys (store_id, name, prefix, token_hash, scopes, created_by) values
        ($1, 'fuzz store key', $2, $3, $4, $5),
        (null, 'fuzz platform key', $6, $7, $8, $9)`,
      [store.id, storeKey.prefix, storeKey.hash, ["products:read", "orders:read", "join_requests:read", "join_requests:write"], owner.id, platformKey.prefix, platformKey.hash, ["stores:read", "stores:write"], admin.id],
    );
  });

  const pid = pidListeningOn(PORT);
  expect(pid, `a process listens on ${PORT}`).not.toBeNull();
  const failures: string[] = [];
  let sent = 0;
  const check = async (label: string, r: Request) => {
    sent++;
    try {
      const reply = await send(r);
      if (reply.status >= 500) failures.push(`${label}: ${reply.status} ${reply.body.slice(0, 120).replace(/\s+/g, " ")}`);
    } catch (err) {
      failures.push(`${label}: no answer (${(err as Error).message})`);
    }
  };

  // Warm up the routes the fuzz uses, then take the baseline.
  for (let i = 0; i < 3; i++) await check("warm-up", { method: "GET", host: ROOT, path: "/api/health" });
  const rssBefore = rssMb(pid!)!;

  // Server actions: signed out, then signed in (a platform admin on the root host, the store's owner on its host).
  const actions = buildActions();
  expect(actions.length).toBeGreaterThan(30);
  const sessions = new Map<string, string>([
    [ROOT, await signIn(ROOT, "admin@plaza.test", "plaza-demo-pass")],
    [`${slug}.localhost:${PORT}`, await signIn(`${slug}.localhost:${PORT}`, "owner@acme.test", "plaza-demo-pass")],
  ]);
  const fuzzActions = async (passes: boolean[]) => {
  for (const action of actions) {
    const { host, path } = pageOf(action.worker, slug);
    for (const signedIn of passes) {
      for (const c of actionCases(action, slug)) {
        const { body, type } = c.raw ?? (await multipart(c.fields!));
        const cookie: Record<string, string> = signedIn ? { cookie: sessions.get(host)! } : {};
        await check(`${action.name} (${host}${path}${signedIn ? ", signed in" : ""}) ${c.label}`, {
          method: "POST",
          host,
          path,
          headers: { origin: `http://${host}`, "next-action": action.id, accept: "text/x-component", "content-type": type, ...cookie },
          body,
        });
      }
    }
    // The no-JavaScript form post of the same action, with a NUL in every field.
    const mpa = await multipart([[`$ACTION_ID_${action.id}`, ""], ...FIELDS.map((f) => [f, "a\u0000b"] as [string, string])]);
    await check(`${action.name} form post without JavaScript`, { method: "POST", host, path, headers: { origin: `http://${host}`, accept: "text/html", "content-type": mpa.type }, body: mpa.body });
  }
  };
  await fuzzActions([false, true]);

  // /api/v1, with keys that pass authentication so the handlers are reached.
  const doc = JSON.parse((await send({ method: "GET", host: ROOT, path: "/api/v1/openapi.json" })).body) as { paths: Record<string, Record<string, unknown>> };
  const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => ({ path: p, method: m.toUpperCase() })));
  expect(routes.length).toBeGreaterThan(8);
  for (const route of routes) {
    const auth = { authorization: `Bearer ${route.path.startsWith("/api/v1/stores/{slug}/") && !/suspend|reactivate/.test(route.path) ? storeKey.value : platformKey.value}` };
    const at = (s: string, u = USER_IDS[0]!) => route.path.replace("{slug}", s).replace("{userId}", u);
    for (const s of SLUGS(slug)) await check(`${route.method} ${at(s)}`, { method: route.method, host: ROOT, path: at(s), headers: auth, body: Buffer.from("{}") });
    if (route.path.includes("{userId}")) for (const u of USER_IDS) await check(`${route.method} ${at(slug, u)}`, { method: route.method, host: ROOT, path: at(slug, u), headers: auth, body: Buffer.from("{}") });
    if (route.method === "GET") {
      for (const q of QUERIES) await check(`GET ${at(slug)}${q.slice(0, 40)}`, { method: "GET", host: ROOT, path: at(slug) + q, headers: auth });
    } else {
      for (const [label, body] of JSON_BODIES) {
        await check(`${route.method} ${at(slug)} ${label}`, { method: route.method, host: ROOT, path: at(slug), headers: { ...auth, "content-type": "application/json" }, body });
      }
    }
  }
  // Keys that are not keys.
  for (const bad of ["Bearer", "Bearer plz_", `Bearer plz_${"x".repeat(8000)}`, "Basic Zm9vOmJhcg==", "Bearer plz_%00_%00"]) {
    await check(`GET /api/v1/stores with "${bad.slice(0, 20)}"`, { method: "GET", host: ROOT, path: "/api/v1/stores", headers: { authorization: bad } });
  }

  // A body larger than any route takes (55 MB), really sent.
  const huge = await send({ method: "POST", host: ROOT, path: "/api/v1/stores", headers: { authorization: `Bearer ${platformKey.value}`, "content-type": "application/json" }, body: Buffer.alloc(55 * 1024 * 1024, 0x20) });
  sent++;
  expect(huge.status).toBe(413);
  expect(JSON.parse(huge.body)).toMatchObject({ error: { code: "payload_too_large" } });

  // A full 50 MB multipart post to an action, really sent: a clear 413, not a bare 500.
  const big = await multipart([["_1_image", new Blob([Buffer.alloc(50 * 1024 * 1024, 1)])], ["0", '[{"ok":false},"$K1"]']]);
  const signup = actions.find((a) => a.name === "openStore")!;
  const refused = await send({ method: "POST", host: ROOT, path: "/signup", headers: { origin: `http://${ROOT}`, "next-action": signup.id, "content-type": big.type }, body: big.body }).catch((err: Error) => ({ status: 0, body: err.message }));
  sent++;
  expect(refused.status, refused.body.slice(0, 200)).toBe(413);
  expect(refused.body).toContain("at most 10 MB");

  const byCase = new Map<string, number>();
  for (const f of failures) byCase.set(f.replace(/^\S+ \([^)]*\) /, "").split(":")[0]!, (byCase.get(f.replace(/^\S+ \([^)]*\) /, "").split(":")[0]!) ?? 0) + 1);
  const summary = [...byCase].map(([c, n]) => `${n}× ${c}`).join("\n");
  expect(failures, `${failures.length} of ${sent} requests failed, by case:\n${summary}\n\nfirst ones:\n${failures.slice(0, 15).join("\n")}`).toEqual([]);

  // Same process, still serving, memory back near the start.
  expect(pidListeningOn(PORT)).toBe(pid);
  expect((await send({ method: "GET", host: ROOT, path: "/api/health" })).status).toBe(200);
  // Memory: the heap grows to a working size on the first round (every
  // oversized form is buffered by Next before the proxy refuses it) and is
  // bounded; a second round of the same action fuzz must not grow it further
  // — a leak would.
  const settle = async (limit: number) => {
    let rss = rssMb(pid!)!;
    for (let i = 0; i < 20 && rss > limit; i++) {
      await new Promise((r) => setTimeout(r, 500));
      rss = rssMb(pid!)!;
    }
    return rss;
  };
  const rssAfter = await settle(rssBefore + 250);
  await fuzzActions([false]);
  expect(failures).toEqual([]);
  const rssAgain = await settle(rssAfter + 40);
  console.log(`[fuzz] ${sent} requests; server RSS ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after, ${rssAgain.toFixed(0)} MB after a second round`);
  // A fresh server starts near 110 MB with no route loaded yet; the first round loads them all (~+150 MB).
  expect(rssAfter, `RSS ${rssBefore.toFixed(0)} MB → ${rssAfter.toFixed(0)} MB`).toBeLessThan(rssBefore + 250);
  expect(rssAgain, `RSS grew again on a second round: ${rssAfter.toFixed(0)} MB → ${rssAgain.toFixed(0)} MB`).toBeLessThan(rssAfter + 40);
});
