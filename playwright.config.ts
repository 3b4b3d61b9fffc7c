import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/*
 * End-to-end tests in a real Chromium against a production build on its own
 * port and its own embedded database (.data/e2e, wiped by scripts/e2e-server.sh
 * so every run starts from the seeded demo). `*.localhost` resolves to
 * loopback in Chromium, so subdomain mode needs no /etc/hosts entries.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
export const ROOT = `localhost:${port}`;

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return undefined; // Playwright's own browser
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes only on its second try is a bug to fix, not to hide.
  retries: 0,
  failOnFlakyTests: !!process.env.CI,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  outputDir: "test-results",
  use: {
    baseURL: `http://${ROOT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    video: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: {
    command: "bash scripts/e2e-server.sh",
    // Readiness, not liveness: tests start once the database serves and migrations are in.
    url: `http://127.0.0.1:${port}/api/ready`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM, the way a supervisor stops Plaza: it drains and stops its database cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    env: {
      PORT: String(port),
      ROOT_DOMAIN: ROOT,
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54349",
      PLAZA_DATA_DIR: ".data/e2e",
      // Custom-domain verification reads this zone (e2e/support/settings.ts writes it).
      PLAZA_DNS_FAKE_FILE: ".data/e2e/fake-dns.json",
      // Webhook receivers in the specs listen on loopback (refused in production: SSRF).
      PLAZA_WEBHOOKS_ALLOW_PRIVATE: "1",
    },
  },
});
