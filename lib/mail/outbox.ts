import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/lib/db/connect";
import { mailOutbox, memberships, orders, users } from "@/lib/db/schema";

export type OutboxMessage = { storeId: string | null; to: string; subject: string; body: string; html?: string | null; kind: string };

/** Written with the transaction of the request or decision it reports (transactional outbox). */
export async function enqueueMail(tx: Queryable, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.insert(mailOutbox).values(
    messages.map((m) => ({ storeId: m.storeId, toEmail: m.to, subject: m.subject, body: m.body, html: m.html ?? null, kind: m.kind })),
  );
}

/**
 * Mail about an order placed in this same transaction, composed before the
 * order had its number: `slot` in each message's subject, text and HTML
 * becomes the order's number, read from the order's row. One statement
 * (the checkout pipelines it). Returns how many rows it wrote: all of
 * `messages`, or none when the order is not there.
 */
export async function enqueueMailNumbered(tx: Queryable, storeId: string, orderId: string, slot: string, messages: OutboxMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  // One array per column, each a bound text[] (sql.param: one parameter, not a list).
  const column = (f: (m: OutboxMessage) => string | null) => sql`${sql.param(messages.map(f))}::text[]`;
  // .execute() now, not on await: the checkout pipelines it after the order's own insert.
  const result = await tx
    .execute(
      sql`insert into ${mailOutbox} (store_id, to_email, subject, body, html, kind)
    select o.tenant_id, m.to_email, replace(m.subject, ${slot}, o.number::text), replace(m.body, ${slot}, o.number::text),
           replace(m.html, ${slot}, o.number::text), m.kind
    from unnest(${column((m) => m.to)}, ${column((m) => m.subject)}, ${column((m) => m.body)}, ${column((m) => m.html ?? null)}, ${column((m) => m.kind)})
         with ordinality as m(to_email, subject, body, html, kind, n)
    join ${orders} o on o.tenant_id = ${storeId} and o.id = ${orderId}
    order by m.n`,
    )
    .execute();
  return result.rowCount ?? 0;
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
