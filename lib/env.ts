import "server-only";
import { z } from "zod";
import { DEFAULT_DB_TIMEOUTS, type DbTimeouts } from "./db/timeouts";

/**
 * The environment, parsed once. Anything missing or malformed stops start-up
 * with a message that names the variable, instead of failing later in a
 * request with a confusing error.
 */
const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" });

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // The platform's own host, with port in development ("localhost:3000").
  ROOT_DOMAIN: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9.-]+(:\d{1,5})?$/, "must be a host name with an optional port, e.g. localhost:3000 or plaza.example")
    .default("localhost:3000"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // The owner's connection (migrations, seed). The app itself never uses it.
  DATABASE_URL: postgresUrl.optional(),
  // The app's own connection: a role without SUPERUSER or BYPASSRLS. When it
  // is not given it is derived from DATABASE_URL with the app role's name.
  DATABASE_APP_URL: postgresUrl.optional(),
  DATABASE_APP_ROLE: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a lower-case SQL identifier").default("plaza_app"),
  DATABASE_APP_PASSWORD: z.string().min(1).default("plaza_app"),
  // The app's pool and how long it waits on PostgreSQL (lib/db/timeouts.ts says why).
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  // Dedicated databases (docs/decisions/0019-store-placement.md): at most this
  // many pools open at once, each of at most DEDICATED_POOL_MAX connections;
  // the least recently used is closed to open another, and an idle one closes.
  DEDICATED_POOLS_MAX: z.coerce.number().int().min(1).max(1000).default(16),
  DEDICATED_POOL_MAX: z.coerce.number().int().min(1).max(200).default(5),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(DEFAULT_DB_TIMEOUTS.connectTimeoutMs),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(DEFAULT_DB_TIMEOUTS.statementTimeoutMs),
  DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(DEFAULT_DB_TIMEOUTS.lockTimeoutMs),
  DATABASE_IDLE_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(DEFAULT_DB_TIMEOUTS.idleInTransactionTimeoutMs),
  // How long a SIGTERM may take: readiness fails at once, in-flight requests
  // get this long to finish, then the process exits regardless.
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(120_000).default(25_000),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
  // "http" in development, "https" behind a TLS terminator in production.
  PUBLIC_PROTOCOL: z.enum(["http", "https"]).default("http"),
  // HSTS (sent when PUBLIC_PROTOCOL=https) also covers every subdomain: only when all of them serve TLS.
  HSTS_INCLUDE_SUBDOMAINS: z.stringbool().default(false),
  // Extra origins allowed to serve images in the pages' CSP (a CDN or an S3 endpoint), comma-separated.
  CSP_IMAGE_ORIGINS: z
    .string()
    .default("")
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, "must be origins like https://cdn.example, comma-separated"))),
  TENANT_CACHE_TTL_MS: z.coerce.number().int().min(0).max(300_000).default(5_000),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  SMTP_URL: z.string().optional(),
  // "k2:<base64 32 bytes>,k1:<…>", current key first (lib/config/crypto.ts).
  CONFIG_ENCRYPTION_KEYS: z.string().optional(),
  // "1" lets webhooks go to loopback/private addresses (a receiver on this machine); refused otherwise (SSRF).
  PLAZA_WEBHOOKS_ALLOW_PRIVATE: z.enum(["0", "1"]).default("0"),
  // Where store owners point their CNAME; defaults to cname.<root host>.
  DOMAIN_CNAME_TARGET: z.string().optional(),
  // Tests only: answer DNS from this JSON file instead of the network.
  PLAZA_DNS_FAKE_FILE: z.string().optional(),
  // Next.js encrypts server-action ids and closures with it; every instance of
  // a release must be built with the same one (scripts/run-app.ts generates it locally).
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine((k) => /^[A-Za-z0-9+/]+={0,2}$/.test(k) && [16, 24, 32].includes(Buffer.from(k, "base64").length), "must be a base64 AES key of 16, 24 or 32 bytes (openssl rand -base64 32)")
    .optional(),
  // Where uploaded files live: "local" (UPLOAD_DIR, one machine) or "s3" (any S3-compatible store, shared by every instance).
  STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name").optional(),
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Most self-hosted S3 servers (MinIO, Garage, Ceph) want bucket-in-path URLs.
  S3_FORCE_PATH_STYLE: z.enum(["true", "false", "1", "0"]).default("false").transform((v) => v === "true" || v === "1"),
  // Tests and local runs only: send the Stripe SDK to this origin instead of api.stripe.com
  // (the wire-protocol stand-in, tests/support/stripe-server.ts). Its hosted payment page is then also there.
  STRIPE_API_BASE: z.url({ protocol: /^https?$/, error: "must be an http(s):// origin" }).optional(),
  // Redis for cross-instance messages and rate-limit counts when set; PostgreSQL otherwise.
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  // The periodic jobs' worker (pg-boss) runs in every app server unless "off" (lib/jobs/worker.ts).
  PLAZA_JOBS: z.enum(["on", "off"]).default("on"),
  // One cron expression (5 fields, UTC) for every job instead of each job's own; for tests and drills.
  PLAZA_JOBS_CRON: z
    .string()
    .regex(/^(\S+\s+){4}\S+$/, "must be a 5-field cron expression")
    .optional(),
  // Seconds between the worker's polls and cron passes.
  PLAZA_JOBS_POLL_SECONDS: z.coerce.number().min(1).max(45).default(5),
}).superRefine((e, ctx) => {
  if (e.STORAGE_DRIVER === "s3" && !e.S3_BUCKET) ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "required when STORAGE_DRIVER=s3" });
});

export type Env = z.infer<typeof schema> & { appDatabaseUrl: string };

/** The app role's URL: the owner's server and database, the app role's credentials. */
export function deriveAppUrl(ownerUrl: string, role: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const appDatabaseUrl =
    e.DATABASE_APP_URL ??
    (e.DATABASE_URL ? deriveAppUrl(e.DATABASE_URL, e.DATABASE_APP_ROLE, e.DATABASE_APP_PASSWORD) : undefined);
  if (!appDatabaseUrl) {
    throw new Error(
      "Invalid environment:\n  - DATABASE_URL: required (or DATABASE_APP_URL); `npm run dev` and `npm start` provide an embedded database when neither is set",
    );
  }
  return { ...e, appDatabaseUrl };
}

/** The database timeouts the environment asks for. */
export function dbTimeouts(e: Env): DbTimeouts {
  return {
    connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: e.DATABASE_LOCK_TIMEOUT_MS,
    idleInTransactionTimeoutMs: e.DATABASE_IDLE_TX_TIMEOUT_MS,
  };
}

let cached: Env | undefined;

/** The parsed environment; parsed on first use so scripts can set values first. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
