// `npm run jobs`: one pass of the periodic work by hand against DATABASE_URL's
// server. The app's servers run the same jobs on their pg-boss schedules
// (lib/jobs/worker.ts); a pass by hand overlapping them is harmless.
import { randomBytes } from "node:crypto";
import { connect } from "@/lib/db/connect";
import { parseEnv } from "@/lib/env";
import { runJobs } from "@/lib/jobs/run";

if (!process.env.DATABASE_URL && !process.env.DATABASE_APP_URL) {
  console.error("Set DATABASE_URL (or DATABASE_APP_URL). The app's servers (`npm run dev`, `npm start`, `npm run serve`) run these jobs on their own schedules.");
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
