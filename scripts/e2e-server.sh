#!/usr/bin/env bash
# The server Playwright tests against: a production build on the e2e port,
# with a fresh embedded database seeded with the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf "${PLAZA_DATA_DIR:-.data/e2e}/postgres"
exec node_modules/.bin/tsx --conditions=react-server scripts/run-app.ts start
