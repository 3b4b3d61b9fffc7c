import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import Stripe from "stripe";
import { freePort } from "./free-port";

/*
 * A stand-in for the parts of Stripe that Plaza calls, speaking Stripe's wire
 * protocol so the REAL `stripe` SDK can be pointed at it (host/port/protocol):
 * form-encoded POSTs with bracketed keys, Bearer secret keys, Idempotency-Key
 * headers (a replay returns the first answer, other parameters under the same
 * key are refused), JSON objects and Stripe's error shape. It also plays the
 * hosted Checkout page (GET/POST /pay/{session}) and delivers webhook events
 * to the URL registered for each account, signed as Stripe signs them
 * (Stripe-Signature: t=…,v1=HMAC-SHA256) with the SDK's own test-header helper.
 *
 * This is a contract test of Plaza's use of Stripe, not of Stripe: the same
 * flow runs against Stripe's test mode with real sk_test_/whsec_ keys (see
 * docs/decisions/0018-card-payments.md).
 *
 * Endpoints: POST /v1/checkout/sessions, GET /v1/checkout/sessions/:id,
 * POST /v1/checkout/sessions/:id/expire, GET /v1/payment_intents/:id,
 * POST /v1/refunds; test control: POST /_control/accounts (JSON).
 */

export type Account = { secretKey: string; webhookSecret: string; webhookUrl: string };

type Json = Record<string, unknown>;
type Session = Json & { id: string; metadata: Record<string, string>; payment_intent: string | null; status: string; payment_status: string };
type PaymentIntent = Json & { id: string; amount: number; currency: string; metadata: Record<string, string>; latest_charge: string | null; status: string };
type Charge = Json & { id: string; amount: number; amount_refunded: number; payment_intent: string; currency: string };

export type Delivery = { eventId: string; type: string; status: number; body: string };

class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly param?: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Stripe's form encoding (qs style: a[b][0][c]=v) back into objects and arrays. */
export function parseStripeForm(body: string): Json {
  const out: Json = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const parts = rawKey.replace(/\]/g, "").split("[");
    let node: Record<string, unknown> = out;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = value;
        return;
      }
      node[part] ??= /^\d+$/.test(parts[i + 1]!) ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return out;
}

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString("hex")}`;
const now = () => Math.floor(Date.now() / 1000);

function requireString(params: Json, key: string, path = key): string {
  const v = params[key];
  if (typeof v !== "string" || v === "") throw new StripeError(400, "invalid_request_error", `Missing required param: ${path}.`, path, "parameter_missing");
  return v;
}

function requireInt(value: unknown, path: string, min = 0): number {
  if (typeof value !== "string" || !/^\d+$/.test(value) || Number(value) < min) {
    throw new StripeError(400, "invalid_request_error", `Invalid integer: ${String(value)}`, path, "parameter_invalid_integer");
  }
  return Number(value);
}

function requireUrl(params: Json, key: string): string {
  const v = requireString(params, key);
  try {
    const u = new URL(v);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
  } catch {
    throw new StripeError(400, "invalid_request_error", `Not a valid URL`, key, "url_invalid");
  }
  return v;
}

function metadataOf(value: unknown, path: string): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new StripeError(400, "invalid_request_error", "Invalid hash", path);
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== "string" || k.length > 40 || v.length > 500) throw new StripeError(400, "invalid_request_error", "Invalid metadata", `${path}[${k}]`);
  }
  return value as Record<string, string>;
}

export async function startStripeServer() {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, Account>();
  const sessions = new Map<string, Session & { account: string }>();
  const intents = new Map<string, PaymentIntent & { account: string }>();
  const charges = new Map<string, Charge & { account: string }>();
  const refunds = new Map<string, Json>();
  const idempotency = new Map<string, { fingerprint: string; status: number; body: string }>();
  const requests: Array<{ method: string; path: string; params: Json; idempotencyKey: string | null; account: string | null }> = [];
  const deliveries: Delivery[] = [];
  const sentEvents = new Map<string, { account: string; payload: string }>();
  const failures: Array<{ path: RegExp; status: number }> = [];
  let autoRefundEvents = true;
  let holding: Array<() => Promise<Delivery>> | null = null;

  function accountFor(req: IncomingMessage): Account {
    const auth = req.headers.authorization ?? "";
    const key = /^Bearer (.+)$/.exec(auth)?.[1];
    const account = key ? accounts.get(key) : undefined;
    if (!account) throw new StripeError(401, "invalid_request_error", `Invalid API Key provided: ${key ? `${key.slice(0, 8)}***` : "(none)"}`);
    return account;
  }

  /** Builds, signs and delivers an event to the account's webhook URL (as Stripe does). */
  async function deliver(account: Account, type: string, object: Json): Promise<Delivery> {
    const event = {
      id: id("evt"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: now(),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object },
    };
    const payload = JSON.stringify(event);
    sentEvents.set(event.id, { account: account.secretKey, payload });
    if (holding) {
      holding.push(() => post(account.webhookUrl, payload, Stripe.webhooks.generateTestHeaderString({ payload, secret: account.webhookSecret }), event.id, type));
      return { eventId: event.id, type, status: 0, body: "held" };
    }
    return post(account.webhookUrl, payload, Stripe.webhooks.generateTestHeaderString({ payload, secret: account.webhookSecret }), event.id, type);
  }

  async function post(url: string, payload: string, signature: string, eventId: string, type: string): Promise<Delivery> {
    let status = 0;
    let body = "";
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": signature }, body: payload });
      status = res.status;
      body = await res.text();
    } catch (err) {
      body = String(err);
    }
    const d = { eventId, type, status, body };
    deliveries.push(d);
    return d;
  }

  /** The object as the API shows it: without the stand-in's own bookkeeping. */
  const publicObject = <T extends { account: string }>(o: T): Omit<T, "account" | "pi_metadata"> => {
    const copy: Record<string, unknown> = { ...o };
    delete copy.account;
    delete copy.pi_metadata;
    return copy as Omit<T, "account" | "pi_metadata">;
  };
  const publicSession = publicObject;

  function createSession(account: Account, p: Json): Session {
    if (p.mode !== "payment") throw new StripeError(400, "invalid_request_error", "mode must be payment for this integration", "mode");
    const items = p.line_items;
    if (!Array.isArray(items) || items.length === 0) throw new StripeError(400, "invalid_request_error", "Missing required param: line_items.", "line_items");
    let amount = 0;
    let currency = "";
    items.forEach((item: Json, i: number) => {
      const pd = item.price_data as Json | undefined;
      if (!pd) throw new StripeError(400, "invalid_request_error", "Missing price_data", `line_items[${i}][price_data]`);
      const c = requireString(pd, "currency", `line_items[${i}][price_data][currency]`);
      if (!/^[a-z]{3}$/.test(c)) throw new StripeError(400, "invalid_request_error", "Invalid currency", `line_items[${i}][price_data][currency]`);
      if (currency && c !== currency) throw new StripeError(400, "invalid_request_error", "All line items must share one currency");
      currency = c;
      const unit = requireInt(pd.unit_amount, `line_items[${i}][price_data][unit_amount]`);
      const q = requireInt(item.quantity, `line_items[${i}][quantity]`, 1);
      if (!(pd.product_data as Json | undefined)?.name) throw new StripeError(400, "invalid_request_error", "Missing product name", `line_items[${i}][price_data][product_data][name]`);
      amount += unit * q;
    });
    if (amount < (["jpy", "krw", "vnd", "clp"].includes(currency) ? 50 : 50)) {
      throw new StripeError(400, "invalid_request_error", "The Checkout Session's total amount due must add up to at least the minimum charge amount.", "line_items", "amount_too_small");
    }
    const successUrl = requireUrl(p, "success_url");
    const cancelUrl = requireUrl(p, "cancel_url");
    const expiresAt = p.expires_at === undefined ? now() + 86_400 : requireInt(p.expires_at, "expires_at");
    // Stripe: between 30 minutes and 24 hours after creation (a few seconds' slack for clocks).
    if (expiresAt < now() + 30 * 60 - 120 || expiresAt > now() + 24 * 3600 + 60) {
      throw new StripeError(400, "invalid_request_error", "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.", "expires_at");
    }
    const metadata = metadataOf(p.metadata, "metadata");
    const piMetadata = metadataOf((p.payment_intent_data as Json | undefined)?.metadata, "payment_intent_data[metadata]");
    const session: Session & { account: string; pi_metadata: Record<string, string> } = {
      id: id("cs"),
      object: "checkout.session",
      account: account.secretKey,
      mode: "payment",
      status: "open",
      payment_status: "unpaid",
      amount_total: amount,
      amount_subtotal: amount,
      currency,
      client_reference_id: typeof p.client_reference_id === "string" ? p.client_reference_id : null,
      customer_email: typeof p.customer_email === "string" ? p.customer_email : null,
      metadata,
      pi_metadata: piMetadata,
      payment_intent: null,
      success_url: successUrl,
      cancel_url: cancelUrl,
      expires_at: expiresAt,
      created: now(),
      livemode: false,
      url: "",
    };
    session.url = `${origin}/pay/${session.id}`;
    sessions.set(session.id, session);
    return session;
  }

  function intentFor(session: Session & { account: string }): PaymentIntent & { account: string } {
    if (session.payment_intent) return intents.get(session.payment_intent)!;
    const pi: PaymentIntent & { account: string } = {
      id: id("pi"),
      object: "payment_intent",
      account: session.account,
      amount: session.amount_total as number,
      amount_received: 0,
      currency: session.currency as string,
      metadata: (session as unknown as { pi_metadata: Record<string, string> }).pi_metadata,
      status: "requires_payment_method",
      latest_charge: null,
      last_payment_error: null,
      created: now(),
      livemode: false,
    };
    intents.set(pi.id, pi);
    session.payment_intent = pi.id;
    return pi;
  }

  /** The hosted page's "Pay": succeeds, completes the session, sends the events. */
  async function pay(sessionId: string, outcome: "success" | "decline"): Promise<{ redirect: string | null; deliveries: Delivery[] }> {
    const session = sessions.get(sessionId);
    if (!session || session.status !== "open") throw new StripeError(404, "invalid_request_error", "This checkout is no longer open.");
    if ((session.expires_at as number) <= now()) throw new StripeError(400, "invalid_request_error", "This checkout expired.");
    const account = accounts.get(session.account)!;
    const pi = intentFor(session);
    if (outcome === "decline") {
      pi.status = "requires_payment_method";
      pi.last_payment_error = { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." };
      return { redirect: null, deliveries: [await deliver(account, "payment_intent.payment_failed", publicObject(pi))] };
    }
    const charge: Charge & { account: string } = {
      id: id("ch"),
      object: "charge",
      account: session.account,
      amount: pi.amount,
      amount_refunded: 0,
      amount_captured: pi.amount,
      currency: pi.currency,
      payment_intent: pi.id,
      metadata: pi.metadata,
      paid: true,
      refunded: false,
      status: "succeeded",
      created: now(),
    };
    charges.set(charge.id, charge);
    Object.assign(pi, { status: "succeeded", amount_received: pi.amount, latest_charge: charge.id, last_payment_error: null });
    Object.assign(session, { status: "complete", payment_status: "paid" });
    const sent = [await deliver(account, "checkout.session.completed", publicSession(session)), await deliver(account, "payment_intent.succeeded", publicObject(pi))];
    return { redirect: (session.success_url as string).replace("{CHECKOUT_SESSION_ID}", session.id), deliveries: sent };
  }

  async function createRefund(account: Account, p: Json): Promise<Json> {
    const piId = requireString(p, "payment_intent");
    const pi = intents.get(piId);
    if (!pi || pi.account !== account.secretKey) throw new StripeError(404, "invalid_request_error", `No such payment_intent: '${piId}'`, "payment_intent", "resource_missing");
    const charge = pi.latest_charge ? charges.get(pi.latest_charge) : undefined;
    if (!charge) throw new StripeError(400, "invalid_request_error", "This PaymentIntent has no successful charge to refund.", "payment_intent");
    const left = charge.amount - charge.amount_refunded;
    const amount = p.amount === undefined ? left : requireInt(p.amount, "amount", 1);
    if (left === 0) throw new StripeError(400, "invalid_request_error", `Charge ${charge.id} has already been refunded.`, undefined, "charge_already_refunded");
    if (amount > left) throw new StripeError(400, "invalid_request_error", `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`, "amount", "amount_too_large");
    if (p.reason !== undefined && !["duplicate", "fraudulent", "requested_by_customer"].includes(p.reason as string)) {
      throw new StripeError(400, "invalid_request_error", "Invalid reason", "reason");
    }
    const refund = {
      id: id("re"),
      object: "refund",
      amount,
      currency: charge.currency,
      charge: charge.id,
      payment_intent: pi.id,
      reason: (p.reason as string | undefined) ?? null,
      metadata: metadataOf(p.metadata, "metadata"),
      status: "succeeded",
      created: now(),
    };
    refunds.set(refund.id, refund);
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    if (autoRefundEvents) setTimeout(() => void deliver(account, "charge.refunded", publicObject(charge)), 0);
    return refund;
  }

  async function route(req: IncomingMessage, body: string): Promise<{ status: number; json?: unknown; html?: string; location?: string; headers?: Record<string, string> }> {
    const url = new URL(req.url ?? "/", origin);
    const path = url.pathname;
    const fail = failures.findIndex((f) => f.path.test(path));
    if (fail >= 0) {
      const [f] = failures.splice(fail, 1);
      throw new StripeError(f!.status, "api_error", "The stand-in was told to fail this request.");
    }

    if (req.method === "POST" && path === "/_control/accounts") {
      const a = JSON.parse(body) as Account;
      accounts.set(a.secretKey, a);
      return { status: 200, json: { ok: true } };
    }

    // The hosted payment page (Checkout).
    const payPage = /^\/pay\/(cs_test_[a-f0-9]+)$/.exec(path);
    if (payPage) {
      const session = sessions.get(payPage[1]!);
      if (!session) return { status: 404, html: "<h1>Not found</h1>" };
      if (req.method === "GET") {
        const amount = `${session.amount_total} ${String(session.currency).toUpperCase()}`;
        const error = url.searchParams.get("error");
        return {
          status: 200,
          html: `<!doctype html><html><head><title>Stripe Checkout (stand-in)</title></head><body>
<h1>Pay ${amount}</h1><p data-testid="session-status">${session.status}</p>${error ? `<p role="alert">${error}</p>` : ""}
<form method="post"><input type="hidden" name="card" value="4242424242424242"><button type="submit">Pay</button></form>
<form method="post"><input type="hidden" name="card" value="4000000000000002"><button type="submit">Pay with a declined card</button></form>
<a href="${session.cancel_url}">Back to the store</a></body></html>`,
        };
      }
      const card = new URLSearchParams(body).get("card");
      const result = await pay(session.id, card === "4000000000000002" ? "decline" : "success");
      return { status: 303, location: result.redirect ?? `${origin}/pay/${session.id}?error=${encodeURIComponent("Your card was declined.")}` };
    }

    if (!path.startsWith("/v1/")) throw new StripeError(404, "invalid_request_error", `Unrecognized request URL (${req.method}: ${path}).`);
    const account = accountFor(req);
    const params = req.method === "POST" ? parseStripeForm(body) : Object.fromEntries(url.searchParams);
    const idempotencyKey = req.method === "POST" ? ((req.headers["idempotency-key"] as string | undefined) ?? null) : null;
    requests.push({ method: req.method ?? "", path, params, idempotencyKey, account: account.secretKey });
    if (idempotencyKey) {
      const seen = idempotency.get(`${account.secretKey}:${idempotencyKey}`);
      const fingerprint = createHash("sha256").update(`${path}\n${body}`).digest("hex");
      if (seen) {
        if (seen.fingerprint !== fingerprint) {
          throw new StripeError(
            400,
            "idempotency_error",
            "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '" + idempotencyKey + "' if you meant to execute a different request.",
          );
        }
        return { status: seen.status, json: JSON.parse(seen.body), headers: { "idempotent-replayed": "true" } };
      }
      const answer = await handleApi(req.method ?? "", path, params, account);
      idempotency.set(`${account.secretKey}:${idempotencyKey}`, { fingerprint, status: 200, body: JSON.stringify(answer) });
      return { status: 200, json: answer };
    }
    return { status: 200, json: await handleApi(req.method ?? "", path, params, account) };
  }

  async function handleApi(method: string, path: string, params: Json, account: Account): Promise<unknown> {
    if (method === "POST" && path === "/v1/checkout/sessions") return publicSession(createSession(account, params) as Session & { account: string });
    const sessionPath = /^\/v1\/checkout\/sessions\/(cs_test_[a-f0-9]+)(\/expire)?$/.exec(path);
    if (sessionPath) {
      const s = sessions.get(sessionPath[1]!);
      if (!s || s.account !== account.secretKey) throw new StripeError(404, "invalid_request_error", `No such checkout.session: '${sessionPath[1]}'`, "session", "resource_missing");
      if (sessionPath[2] && method === "POST") {
        if (s.status !== "open") throw new StripeError(400, "invalid_request_error", "Only Checkout Sessions with a status in [\"open\"] can be expired.");
        s.status = "expired";
        setTimeout(() => void deliver(account, "checkout.session.expired", publicSession(s)), 0);
      }
      return publicSession(s);
    }
    const piPath = /^\/v1\/payment_intents\/(pi_test_[a-f0-9]+)$/.exec(path);
    if (piPath && method === "GET") {
      const pi = intents.get(piPath[1]!);
      if (!pi || pi.account !== account.secretKey) throw new StripeError(404, "invalid_request_error", `No such payment_intent: '${piPath[1]}'`, "id", "resource_missing");
      return publicObject(pi);
    }
    if (method === "POST" && path === "/v1/refunds") return createRefund(account, params);
    throw new StripeError(404, "invalid_request_error", `Unrecognized request URL (${method}: ${path}).`);
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      route(req, body)
        .then((r) => {
          if (r.location) {
            res.writeHead(r.status, { location: r.location });
            res.end();
          } else if (r.html !== undefined) {
            res.writeHead(r.status, { "content-type": "text/html; charset=utf-8" });
            res.end(r.html);
          } else {
            res.writeHead(r.status, { "content-type": "application/json", "request-id": id("req"), ...r.headers });
            res.end(JSON.stringify(r.json));
          }
        })
        .catch((err: unknown) => {
          const e = err instanceof StripeError ? err : new StripeError(500, "api_error", err instanceof Error ? err.message : String(err));
          res.writeHead(e.status, { "content-type": "application/json", "request-id": id("req") });
          res.end(JSON.stringify({ error: { type: e.type, message: e.message, ...(e.param ? { param: e.param } : {}), ...(e.code ? { code: e.code } : {}) } }));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));

  return {
    origin,
    port,
    /** The environment that sends Plaza's Stripe SDK here. */
    env: { STRIPE_API_BASE: origin },
    addAccount(a: Account) {
      accounts.set(a.secretKey, a);
    },
    requests,
    deliveries,
    sessions,
    intents,
    charges,
    refunds,
    /** Answer the next request whose path matches with this HTTP status (Stripe down, 500s). */
    failNext(path: RegExp, status = 500) {
      failures.push({ path, status });
    },
    /** Whether a refund also sends charge.refunded (as Stripe does); off to test the other order of events. */
    sendRefundEvents(on: boolean) {
      autoRefundEvents = on;
    },
    pay,
    /** Queue webhook deliveries instead of sending them (to send them late, reordered or racing). */
    holdEvents() {
      holding = [];
    },
    /** Sends the queued deliveries, in order, reversed, or all at once; then delivers as usual again. */
    async releaseEvents(order: "in-order" | "reverse" | "concurrent" = "in-order"): Promise<Delivery[]> {
      const queued = holding ?? [];
      holding = null;
      if (order === "concurrent") return Promise.all(queued.map((send) => send()));
      const out: Delivery[] = [];
      for (const send of order === "reverse" ? [...queued].reverse() : queued) out.push(await send());
      return out;
    },
    /** Sends an event of any type for this account (e.g. a dispute), signed with its secret. */
    sendEvent(secretKey: string, type: string, object: Json) {
      return deliver(accounts.get(secretKey)!, type, object);
    },
    /** Delivers an already sent event again, freshly signed (Stripe's retries and replays). */
    redeliver(eventId: string) {
      const sent = sentEvents.get(eventId)!;
      const account = accounts.get(sent.account)!;
      const type = (JSON.parse(sent.payload) as { type: string }).type;
      return post(account.webhookUrl, sent.payload, Stripe.webhooks.generateTestHeaderString({ payload: sent.payload, secret: account.webhookSecret }), eventId, type);
    },
    /** The payload of an event sent earlier, to hand-deliver it (other secret, other store). */
    payloadOf(eventId: string) {
      return sentEvents.get(eventId)!.payload;
    },
    chargeOf(paymentIntentId: string) {
      const pi = intents.get(paymentIntentId)!;
      return publicObject(charges.get(pi.latest_charge!)!);
    },
    stop() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

export type StripeStandIn = Awaited<ReturnType<typeof startStripeServer>>;
