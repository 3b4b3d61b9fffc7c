// A mail sender in its own process, so a test can SIGKILL it mid-batch the
// way a crash or the OOM killer would. Sends every due message of
// DATABASE_APP_URL's outbox through SMTP_URL in batches of BATCH, then exits.
import { connect } from "@/lib/db/connect";
import { deliverPendingMail } from "@/lib/mail/send";

const { close, db } = connect(process.env.DATABASE_APP_URL!, { max: 2 });
const batch = Number(process.env.BATCH ?? 200);
const leaseMs = Number(process.env.LEASE_MS ?? 60_000);
try {
  let total = 0;
  for (let n = -1; n !== 0; total += n) n = await deliverPendingMail(db, process.env.SMTP_URL, batch, { leaseMs });
  console.log(`sent ${total}`);
} finally {
  await close();
}
