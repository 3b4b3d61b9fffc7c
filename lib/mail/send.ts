import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Database } from "@/lib/db/connect";
import { mailOutbox } from "@/lib/db/schema";

const FROM = "Plaza <no-reply@plaza.invalid>";

/**
 * Delivers unsent outbox rows through SMTP_URL (or a given transport, for
 * tests); without one the rows stay listed in the console mailbox. Called
 * after the commit, never inside the decision's transaction: a slow or failing
 * mail server must not hold or undo a decision. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so two deliveries at once never send a message twice.
 */
export async function deliverPendingMail(database: Database, smtp: string | Transporter | undefined, limit = 20): Promise<number> {
  if (!smtp) return 0;
  const transport = typeof smtp === "string" ? nodemailer.createTransport(smtp) : smtp;
  return database.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(mailOutbox)
      .where(isNull(mailOutbox.sentAt))
      .orderBy(asc(mailOutbox.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    let sent = 0;
    for (const row of rows) {
      try {
        await transport.sendMail({ from: FROM, to: row.toEmail, subject: row.subject, text: row.body });
        await tx.update(mailOutbox).set({ sentAt: new Date(), lastError: null }).where(and(eq(mailOutbox.id, row.id), isNull(mailOutbox.sentAt)));
        sent++;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        await tx.update(mailOutbox).set({ lastError: message.slice(0, 500) }).where(eq(mailOutbox.id, row.id));
      }
    }
    return sent;
  });
}
