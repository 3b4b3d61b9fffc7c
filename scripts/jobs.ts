// `npm run jobs`: one pass of the periodic work against DATABASE_URL's server
// (the embedded one belongs to `npm run dev`, which runs these jobs itself).
import { randomBytes } from "node:crypto";
import { connect } from "@/lib/db/connect";
import { parseEnv } from "@/lib/env";
import { runJobs } from "@/lib/jobs/run";

if (!process.env.DATABASE_URL && !process.env.DATABASE_APP_URL) {
  console.error("Set DATABASE_URL (or DATABASE_APP_URL). With the embedded database, `npm run dev` runs these jobs every 5 minutes.");
  process.exit(2);
}
// The jobs sign nothing, but lib/env.ts validates the whole environment: give
// it a throwaway secret rather than make operators set one for cron.
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
const env = parseEnv(process.env);
process.env.DATABASE_APP_URL ??= env.appDatabaseUrl;
const { close, db } = connect(env.appDatabaseUrl, { max: 2 });
try {
  const report = await runJobs(db, console.log);
  process.exitCode = Object.values(report).some((r) => r.startsWith("failed")) ? 1 : 0;
} finally {
  await close();
}
