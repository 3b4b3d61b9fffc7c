/**
 * The request header that hands the proxy's CSP nonce to the pages. Named
 * x-plaza-* so a client-sent one is dropped on the way in (lib/tenancy/headers.ts).
 */
export const NONCE_HEADER = "x-plaza-nonce";
