#!/usr/bin/env bash
# The server Playwright tests against: a production build on the e2e port,
# with a fresh embedded database seeded with the demo, and the local Stripe
# stand-in (tests/support/stripe-server.ts) beside it on a free port: the
# server's Stripe SDK talks to it (STRIPE_API_BASE) and the specs read its
# origin from $PLAZA_DATA_DIR/stripe-standin.json. The stand-in follows this
# shell's pid, which `exec` hands to the server, and exits with it.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${PLAZA_DATA_DIR:-.data/e2e}"
rm -rf "$DATA/postgres" "$DATA/stripe-standin.json"
node_modules/.bin/tsx tests/support/stripe-standin-main.ts "$DATA/stripe-standin.json" "$$" &
for _ in $(seq 1 100); do [ -s "$DATA/stripe-standin.json" ] && break; sleep 0.1; done
STRIPE_API_BASE="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).origin)' "$DATA/stripe-standin.json")"
export STRIPE_API_BASE
exec node_modules/.bin/tsx --import ./scripts/loader/server-only.mjs scripts/run-app.ts start
