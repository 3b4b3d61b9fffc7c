import { test as base, type BrowserContext } from "@playwright/test";

export { expect } from "@playwright/test";

/*
 * The `test` every spec uses (an ESLint rule refuses `test` from
 * @playwright/test in e2e specs): it fails the test when the browser reports
 * any Content-Security-Policy violation on any page of any context the test
 * opened — its own `page`, and every `browser.newContext()`/`newPage()`. So a
 * new page, script, style or image that the CSP would block breaks the suite
 * instead of breaking quietly in production (docs/decisions/0009).
 */

export type CspGuard = {
  /** A violation this test provokes on purpose (framing from another origin); anything else still fails. */
  allow(pattern: RegExp): void;
};

// Chromium reports each violation on the console ("… violates the following Content
// Security Policy directive …"); the init script below reports the
// `securitypolicyviolation` events too, in case that wording changes. A header the
// browser cannot parse ("Error with Permissions-Policy header: Unrecognized feature")
// fails as well: a policy it ignores protects nothing.
const CSP_MESSAGE = /Content Security Policy|CSP violation|Error with Permissions-Policy header/i;

function reportViolationEvents() {
  document.addEventListener("securitypolicyviolation", (e) => {
    console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile || document.URL}:${e.lineNumber}`);
  });
}

export const test = base.extend<{ cspGuard: CspGuard }>({
  cspGuard: [
    async ({ browser, context }, use) => {
      const seen: string[] = [];
      const allowed: RegExp[] = [];
      const watched = new Set<BrowserContext>();
      const watch = (ctx: BrowserContext) => {
        if (watched.has(ctx)) return;
        watched.add(ctx);
        void ctx.addInitScript(reportViolationEvents).catch(() => {});
        ctx.on("console", (msg) => {
          if (CSP_MESSAGE.test(msg.text())) seen.push(`${msg.location().url || "?"}: ${msg.text()}`);
        });
      };
      watch(context);
      browser.on("context", watch);
      await use({ allow: (pattern) => allowed.push(pattern) });
      browser.off("context", watch);
      // A violation is reported a moment after it happens: let every open page finish its
      // pending tasks, so one caused by the test's last step is not missed.
      const pages = [...watched].flatMap((ctx) => ctx.pages()).filter((p) => !p.isClosed());
      // Bounded from here: with JavaScript disabled (test.use({ javaScriptEnabled: false }))
      // the page's timer never fires and the evaluation would wait forever.
      const settle = (p: (typeof pages)[number]) => p.evaluate(() => new Promise((r) => setTimeout(r, 50))).catch(() => {});
      await Promise.all(pages.map((p) => Promise.race([settle(p), new Promise((r) => setTimeout(r, 500))])));
      const violations = seen.filter((v) => !allowed.some((p) => p.test(v)));
      if (violations.length) throw new Error(`The browser reported Content-Security-Policy violations:\n${violations.join("\n")}`);
    },
    { auto: true },
  ],
});
