// `npm run dev` / `npm start`: database first (embedded unless DATABASE_URL),
// then Next.js as a child process (`next dev`, or scripts/serve.mjs for
// production); stopping the app stops the database too. SIGTERM/SIGINT are
// forwarded to the child, which drains (scripts/serve.mjs); this process
// enforces SHUTDOWN_TIMEOUT_MS on it with SIGKILL, then stops the database.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "@/lib/env";
import { DEMO_LOGINS, DEMO_PASSWORD } from "@/lib/db/seed";
import { handleSignalsOurselves } from "@/lib/db/embedded";
import { authSecret, configKeys, dataDir, prepareDatabase, serverActionsKey } from "./bootstrap";

const arg = process.argv[2];
if (arg !== "dev" && arg !== "start") {
  console.error("usage: tsx scripts/run-app.ts dev|start");
  process.exit(2);
}
const mode: "dev" | "start" = arg;

const nextBin = path.resolve("node_modules/.bin/next");
const childEnv: Record<string, string | undefined> = {
  ...process.env,
  NODE_ENV: mode === "dev" ? "development" : "production",
  AUTH_SECRET: authSecret(),
  // next-auth v4 takes its origin from NEXTAUTH_URL, one fixed host. Plaza
  // serves many hosts (root, admin., each store) and every one signs in on its
  // own, so next-auth must use the request's host instead: AUTH_TRUST_HOST
  // (utils/detect-origin.js). The auth route hands next-auth only the routed
  // Host, never a client's X-Forwarded-Host (lib/auth/route.ts), and
  // scripts/serve.mjs drops forwarded headers from untrusted peers.
  AUTH_TRUST_HOST: "true",
  NEXTAUTH_URL: undefined,
  CONFIG_ENCRYPTION_KEYS: configKeys(),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: serverActionsKey(),
  UPLOAD_DIR: process.env.UPLOAD_DIR ?? path.join(dataDir, "uploads"),
};

async function main() {
  const prepared = await prepareDatabase({ seed: !process.env.DATABASE_URL || process.env.PLAZA_SEED === "1" });
  childEnv.DATABASE_APP_URL = prepared.appUrl;
  delete childEnv.DATABASE_URL; // the app never holds the owner's credentials

  let parsed: ReturnType<typeof parseEnv>;
  try {
    parsed = parseEnv(childEnv);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    await prepared.embedded?.stop();
    process.exit(1);
  }

  if (mode === "start" && !existsSync(".next/BUILD_ID")) {
    console.log("No production build yet: running `next build` once…");
    const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env: childEnv as NodeJS.ProcessEnv });
    if (build.status !== 0) {
      await prepared.embedded?.stop();
      process.exit(build.status ?? 1);
    }
  }

  const root = `${parsed.PUBLIC_PROTOCOL}://${parsed.ROOT_DOMAIN.replace(/:\d+$/, "")}:${parsed.PORT}`;
  const at = (sub: string) => root.replace("://", `://${sub}.`);
  console.log(
    [
      "",
      "Plaza is starting:",
      `  landing + signup   ${root}/`,
      `  platform console   ${at("admin")}/  (or ${root}/admin)`,
      `  storefronts        ${at("acme")}/   ${at("globex")}/   ${root}/stores/acme/shop`,
      `  store dashboard    ${at("acme")}/dashboard   (or ${root}/store/acme)`,
      prepared.embedded ? `  database           embedded PostgreSQL, data in ${path.relative(process.cwd(), dataDir)}/postgres` : "  database           DATABASE_URL",
      `Demo logins (password "${DEMO_PASSWORD}"):`,
      ...DEMO_LOGINS.map((l) => `  ${l.email.padEnd(22)} ${l.role}`),
      "",
    ].join("\n"),
  );

  // Periodic jobs (purge, domain re-checks, mail, limit clean-up) run in the
  // server process itself, on pg-boss (lib/jobs/worker.ts, started by
  // instrumentation.ts): with N instances each runs once per schedule.

  // Next.js behind scripts/serve.mjs: forwarded headers cleaned, drain on SIGTERM.
  // One process (node with tsx's loader), not the tsx CLI: the CLI is a second
  // process between us and the server, and a SIGKILL at the deadline would
  // reach only it and leave the server running.
  const child = spawn(process.execPath, ["--import", "tsx/esm", "scripts/serve.mjs", mode], {
    stdio: "inherit",
    env: { ...childEnv, PORT: String(parsed.PORT), SHUTDOWN_TIMEOUT_MS: String(parsed.SHUTDOWN_TIMEOUT_MS) } as unknown as NodeJS.ProcessEnv,
  });
  // The embedded server must outlive the child's drain, so its package's own
  // signal hooks (which stop it at once) give way to ours.
  handleSignalsOurselves();
  let stopping = false;
  const forward = (signal: NodeJS.Signals) => {
    child.kill(signal);
    if (stopping) return;
    stopping = true;
    // The child has SHUTDOWN_TIMEOUT_MS to drain; a little grace beyond it, then it is killed.
    setTimeout(() => {
      console.error(`Next.js did not stop within ${parsed.SHUTDOWN_TIMEOUT_MS} ms; killing it.`);
      child.kill("SIGKILL");
    }, parsed.SHUTDOWN_TIMEOUT_MS + 2_000).unref();
  };
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", async (code, signal) => {
    await prepared.embedded?.stop();
    process.exit(stopping && signal !== "SIGKILL" ? (code ?? 0) : (code ?? 1));
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
