// @ts-check
// The page a browser gets when rendering failed on the server (the database
// is down, a bug): Next.js would send an empty `<html id="__next_error__">`
// shell that only JavaScript fills in. scripts/serve.mjs swaps that for this
// page — complete HTML in Plaza's look (the same words and colours as
// app/error.tsx), readable without JavaScript, with the reference that the
// server log carries (instrumentation.ts logs `ref=…`).

/** @param {string} s */
const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {string} reference
 * @param {string} nonce the nonce of the page's own Content-Security-Policy (calmErrorPolicy), for its one <style nonce="${nonce}">
 */
export function calmErrorPage(reference, nonce) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Something went wrong · Plaza</title>
<style nonce="${nonce}">
  body { margin: 0; min-height: 100vh; background: #fafafa; color: #18181b; font-family: ui-sans-serif, system-ui, sans-serif; -webkit-font-smoothing: antialiased; }
  main { max-width: 36rem; margin: 0 auto; min-height: 60vh; display: flex; flex-direction: column; justify-content: center; padding: 5rem 1.5rem; }
  .eyebrow { font-size: .875rem; font-weight: 600; color: #b91c1c; margin: 0; }
  h1 { font-size: 1.875rem; font-weight: 700; margin: .5rem 0 0; }
  p { color: #52525b; margin: 1rem 0 0; line-height: 1.5; }
  code { background: #f4f4f5; border-radius: .25rem; padding: 0 .25rem; }
  a { display: inline-block; width: fit-content; margin-top: 1.5rem; border-radius: .375rem; background: #4f46e5; color: #fff; font-weight: 600; padding: .5rem 1rem; text-decoration: none; }
</style>
</head>
<body>
<main>
  <p class="eyebrow">Something went wrong</p>
  <h1>We could not show this page</h1>
  <p>This was our fault, not yours — often a short outage of our database that passes within a minute. Please try again shortly; if it keeps happening, contact support and mention the code <code>${escape(reference)}</code>.</p>
  <a href="">Try again</a>
</main>
</body>
</html>
`;
}

/**
 * The calm page's own policy, replacing whatever the failed response carried:
 * no script may run, nothing may frame it; its own nonced style and Plaza's
 * own stylesheets apply
 * (the same strictness as lib/security/policy.ts for pages).
 * @param {string} nonce
 */
export function calmErrorPolicy(nonce) {
  return `default-src 'none'; style-src 'self' 'nonce-${nonce}'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;
}
