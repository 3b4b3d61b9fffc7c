/*
 * The one access vocabulary (issue 15). Whatever brought a request in — a
 * session on the dashboard or the console, the store the proxy routed a
 * storefront request to, an API key — the resolvers in this folder answer
 * with the acting principal or one `Failure<AccessCode>` (lib/result.ts),
 * and every edge only translates the code: a page into a 404, an action into
 * its message, a route handler and the API into a status (`ACCESS_STATUS`).
 * Pure: no server-only, so the unit tests and client code may name it.
 */
import { fail, type Failure } from "@/lib/result";

export type AccessCode =
  /** No session, or no valid API key (or one whose creator lost the rights it needs). */
  | "unauthenticated"
  /** The request names no store that exists (or one this key may not see: the same answer, so keys cannot probe). */
  | "no_store"
  /** The store exists but does not open: pending, rejected or deleted. */
  | "store_closed"
  /** A write to a suspended store: it opens read-only. */
  | "read_only"
  /** Signed in, but not an approved member of this store. */
  | "not_member"
  /** The role (or the key's scopes, or the kind of key) lacks what is needed. */
  | "forbidden"
  /** The store's plan does not include what is asked (API access). */
  | "not_in_plan"
  /** A store action or storefront action that is not for the store this host routed to. */
  | "wrong_host";

export type AccessFailure = Failure<AccessCode>;

export function denied(code: AccessCode, message: string): AccessFailure {
  return fail(code, message);
}

/**
 * The HTTP status of each refusal, for route handlers and the API. A store
 * that is closed to this caller is a 404 to a session (it may not learn more)
 * and a 409 to the API (which names the store state in its error).
 */
export const ACCESS_STATUS: Record<AccessCode, number> = {
  unauthenticated: 401,
  no_store: 404,
  store_closed: 404,
  read_only: 409,
  not_member: 404,
  forbidden: 403,
  not_in_plan: 403,
  wrong_host: 404,
};

/** The dashboard's and console's words for a session that is gone. */
export const SIGNED_OUT = "Your session has ended. Please sign in again.";
