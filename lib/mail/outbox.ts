import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/lib/db/connect";
import { mailOutbox, memberships, users } from "@/lib/db/schema";

export type OutboxMessage = { storeId: string | null; to: string; subject: string; body: string; html?: string | null; kind: string };

/** Written with the transaction of the request or decision it reports (transactional outbox). */
export async function enqueueMail(tx: Queryable, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.insert(mailOutbox).values(
    messages.map((m) => ({ storeId: m.storeId, toEmail: m.to, subject: m.subject, body: m.body, html: m.html ?? null, kind: m.kind })),
  );
}

/** Who decides a store's join requests: its approved owners and admins. */
export async function storeDeciderEmails(tx: Queryable, storeId: string): Promise<string[]> {
  const rows = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.storeId, storeId), eq(memberships.status, "approved"), inArray(memberships.role, ["owner", "admin"])),
    );
  return rows.map((r) => r.email);
}

/** Who decides store applications: the platform admins. */
export async function platformAdminEmails(tx: Queryable): Promise<string[]> {
  const rows = await tx.select({ email: users.email }).from(users).where(eq(users.isPlatformAdmin, true));
  return rows.map((r) => r.email);
}

export async function listOutbox(database: Queryable, options: { limit?: number; offset?: number } = {}) {
  return database
    .select()
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.id))
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0);
}
