import "server-only";
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { stores, users } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { classify } from "@/lib/tenancy/classify";
import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "./password";
import { clearLoginAttempts, recordLoginFailure, takeLoginAttempt, tooManyAttempts } from "./rate-limit";
import { findPasswordUser } from "./accounts";
import { consumeHopToken } from "./hop";
import { safeRedirect } from "./hosts";
import { calmMessage, reportError } from "@/lib/errors/report";
import { clientAddress } from "@/lib/http/forwarded";

/*
 * next-auth v4, JWT sessions (docs/decisions/0004-sessions.md). The token
 * says only who signed in and on which host; what they may do is read from
 * the database on every request (lib/auth/session.ts).
 */

/**
 * A refusal meant for the user's eyes. next-auth shows any thrown message on
 * the sign-in form, so everything else (a failed query quoting its SQL, a
 * bug) is logged and replaced by a calm message with a reference.
 */
class SignInRefused extends Error {}

async function calmly(where: string, signIn: () => Promise<User>): Promise<User> {
  try {
    return await signIn();
  } catch (err) {
    if (err instanceof SignInRefused) throw err;
    throw new Error(calmMessage(reportError(where, err)));
  }
}

// One message for an unknown email and a wrong password: no account probing.
export const BAD_CREDENTIALS = "Wrong email or password.";

// A hash of a random password, so an unknown email costs the same argon2 work
// as a known one (no timing difference to probe accounts with).
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(randomUUID()));

type Headers = Record<string, string | string[] | undefined>;
const header = (h: Headers | undefined, name: string) => {
  const v = h?.[name];
  return Array.isArray(v) ? v[0] : v;
};
const hostOf = (h: Headers | undefined) => (header(h, "host") ?? "").toLowerCase();
const ipOf = (h: Headers | undefined) => clientAddress(header(h, "x-forwarded-for"));

async function passwordSignIn(credentials: Record<string, string> | undefined, h: Headers | undefined): Promise<User> {
  const email = (credentials?.email ?? "").trim().toLowerCase();
  const password = credentials?.password ?? "";
  const wait = await takeLoginAttempt(ipOf(h), email);
  if (wait !== null) throw new SignInRefused(tooManyAttempts(wait));

  const user = email ? await findPasswordUser(db(), email) : null;
  const valid = await verifyPassword(user?.hash ?? (await dummy()), password);
  if (!user || !valid) {
    await recordLoginFailure(ipOf(h), email);
    throw new SignInRefused(BAD_CREDENTIALS);
  }
  await clearLoginAttempts(ipOf(h), email);
  return { id: user.id, email: user.email, name: user.name, host: hostOf(h), sessionVersion: user.sessionVersion };
}

/** The store-host half of the hop: only on that store's own host, only with a fresh unused token. */
async function hopSignIn(credentials: Record<string, string> | undefined, h: Headers | undefined): Promise<User> {
  const host = hostOf(h);
  const route = classify(host, "/dashboard", env().ROOT_DOMAIN);
  const invalid = "This sign-in link has expired or was already used. Please sign in again.";
  if (route.kind !== "dashboard") throw new SignInRefused(invalid);
  const [store] = await db().select({ id: stores.id }).from(stores).where(eq(stores.slug, route.slug)).limit(1);
  const userId = store ? await consumeHopToken(db(), credentials?.token ?? "", store.id) : null;
  if (!userId) throw new SignInRefused(invalid);
  const [user] = await db().select({ id: users.id, email: users.email, name: users.name, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new SignInRefused(invalid);
  return { ...user, host };
}

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  // Cookie names (__Secure- prefix) follow the configured scheme, not a header's.
  // A getter reading the raw variable (lib/env.ts validated it at start): the build prerenders
  // pages that read the session, and it has no runtime settings to validate.
  get useSecureCookies() {
    return process.env.PUBLIC_PROTOCOL === "https";
  },
  // next-auth's own pages are never served (lib/auth/route.ts); its redirects land on Plaza's sign-in page.
  pages: { signIn: "/login", signOut: "/logout", error: "/login" },
  // No `cookies` override: next-auth's defaults set no Domain attribute, so
  // each host's session cookie is host-only (acme's is never sent to globex).
  // (useSecureCookies above: Secure and __Secure-/__Host- prefixed exactly
  // when Plaza is served over TLS, from the setting rather than from a
  // forwarded-proto header a client could send — next-auth's own guess.)
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, req) => calmly("sign-in", () => passwordSignIn(credentials, req.headers as Headers | undefined)),
    }),
    CredentialsProvider({
      id: "hop",
      name: "Sign-in link",
      credentials: { token: { label: "Token", type: "text" } },
      authorize: (credentials, req) => calmly("sign-in hop", () => hopSignIn(credentials, req.headers as Headers | undefined)),
    }),
  ],
  callbacks: {
    // Only to Plaza's own hosts and verified domains (no open redirect through callbackUrl).
    redirect: ({ url, baseUrl }) => safeRedirect(url, baseUrl),
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.host = user.host;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.sub;
      session.host = token.host;
      session.sessionVersion = token.sv ?? 0;
      return session;
    },
  },
};
