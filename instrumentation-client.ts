import { config } from "zod/v4/core";

// Runs in the browser before the app starts. Zod probes `new Function("")` to
// decide whether it may compile fast validators; the CSP forbids eval, so the
// probe fails (harmlessly) but the browser reports a CSP violation on every
// page that validates on the client. Jitless mode skips the probe: validation
// is the same, only interpreted (docs/decisions/0009-security-headers.md).
config({ jitless: true });
