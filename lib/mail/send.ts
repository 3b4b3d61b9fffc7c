import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Database } from "@/lib/db/connect";
import { mailOutbox } from "@/lib/db/schema";

const FROM = "Plaza <no-reply@plaza.invalid>";

/**
 * Delivers unsent outbox rows when SMTP_URL is set; without it the rows stay
 * listed in the console mailbox. Called after a commit, never inside the
 * transaction: a slow or failing mail server must not hold or undo a decision.
 */
export async function deliverPendingMail(database: Database, smtpUrl: string | undefined, limit = 20): Promise<number> {
  if (!smtpUrl) return 0;
  const transport = nodemailer.createTransport(smtpUrl);
  const rows = await database
    .select()
    .from(mailOutbox)
    .where(isNull(mailOutbox.sentAt))
    .orderBy(asc(mailOutbox.id))
    .limit(limit);
  let sent = 0;
  for (const row of rows) {
    try {
      await transport.sendMail({ from: FROM, to: row.toEmail, subject: row.subject, text: row.body });
      await database
        .update(mailOutbox)
        .set({ sentAt: new Date(), lastError: null })
        .where(and(eq(mailOutbox.id, row.id), isNull(mailOutbox.sentAt)));
      sent++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await database.update(mailOutbox).set({ lastError: message.slice(0, 500) }).where(eq(mailOutbox.id, row.id));
    }
  }
  return sent;
}
