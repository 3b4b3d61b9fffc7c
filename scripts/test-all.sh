#!/usr/bin/env bash
# `npm test`: every suite, in the order that fails fastest. Needs only Node and
# a Chromium (installed with apt-get when missing and we are allowed to).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "==> Installing Chromium (apt-get)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || true
  fi
  if [ ! -x /usr/bin/chromium ]; then
    echo "==> No system Chromium: using Playwright's own browser"
    npx playwright install chromium
  fi
fi

echo "==> Typecheck"; npx tsc --noEmit
echo "==> Lint"; npx eslint . --max-warnings=0
echo "==> Unit tests"; npx vitest run --project unit
echo "==> Integration tests (real PostgreSQL)"; npx vitest run --project integration
echo "==> Production build"; npx next build
echo "==> End-to-end tests (Chromium)"; npx playwright test
