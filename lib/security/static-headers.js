// @ts-check
/*
 * The security headers every response carries, whatever produced it: pages,
 * route handlers, Next's own static assets and uploaded files. Plain
 * JavaScript because next.config.js (which sends them on the paths the proxy
 * never sees, e.g. /_next/static) imports it as well as the proxy.
 *
 * They depend on nothing in the environment on purpose: next.config.js
 * headers() are fixed at build time, so anything that depends on a runtime
 * setting (HSTS, the CSP) is set by the proxy instead (lib/security/policy.ts).
 */

/**
 * Browser features Plaza never uses, switched off for every page and any frame
 * in it (OWASP Secure Headers). Only names Chromium knows: an unknown one makes
 * it log an error on every page. `payment` stays off until a payment provider
 * needs it (issue 11); then it becomes `payment=(self "<provider origin>")`.
 */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "picture-in-picture=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** The site-wide default; pages whose URL carries a token send `no-referrer` (lib/security/policy.ts). */
export const DEFAULT_REFERRER_POLICY = "strict-origin-when-cross-origin";

/** @type {{ key: string; value: string }[]} */
export const STATIC_SECURITY_HEADERS = [
  // Never guess a type from the bytes: an upload is served only as what it is.
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: DEFAULT_REFERRER_POLICY },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  // No other site's window keeps a handle on ours (window.opener attacks, XS-Leaks).
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // For browsers without CSP frame-ancestors; nothing of Plaza is meant to be framed (decision 0009).
  { key: "X-Frame-Options", value: "DENY" },
];
