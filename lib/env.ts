import { z } from "zod";

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
  // Where store owners point their CNAME; defaults to cname.<root host>.
  DOMAIN_CNAME_TARGET: z.string().optional(),
  // Tests only: answer DNS from this JSON file instead of the network.
  PLAZA_DNS_FAKE_FILE: z.string().optional(),
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

let cached: Env | undefined;

/** The parsed environment; parsed on first use so scripts can set values first. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
