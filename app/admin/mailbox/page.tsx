import { Time } from "@/components/ui/Time";
import type { Metadata } from "next";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { deliveryState } from "@/lib/mail/delivery-state";
import { listOutbox } from "@/lib/mail/outbox";
import { href, requestBase } from "@/lib/tenancy/request";
import { Pager } from "@/components/ui/Pager";
import { requirePlatformAdmin } from "@/lib/access/platform";

export const metadata: Metadata = { title: "Mailbox" };
const PAGE_SIZE = 50;

/** Every message in the outbox, newest first: the mail itself when no SMTP server is configured, its HTML rendered beside its text. */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePlatformAdmin();
  const page = z.coerce.number().int().min(1).catch(1).parse((await searchParams).page);
  const base = await requestBase();
  const messages = await listOutbox(db(), { limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Mailbox</h1>
        <p className="mt-1 text-zinc-600">{env().SMTP_URL ? "Messages are sent through SMTP_URL; this lists them with their delivery state." : "No SMTP_URL is set: messages are not sent, only listed here."}</p>
      </div>
      <ul className="space-y-3" aria-label="Messages">
        {messages.slice(0, PAGE_SIZE).map((m) => (
          <li key={m.id} className="rounded-lg border border-zinc-200 bg-white p-4">
            <p className="text-sm text-zinc-500">
              To <span className="font-medium text-zinc-800">{m.toEmail}</span> · <Time value={m.createdAt} relative /> · <span className={deliveryState(m).status === "failed" ? "font-medium text-red-700" : undefined}>{deliveryState(m).text}</span>
            </p>
            <p className="mt-1 font-semibold">{m.subject}</p>
            {m.html ? (
              <div className="mt-3 grid gap-4 lg:grid-cols-2">
                {/* The mail's own HTML, isolated: an empty sandbox runs no script, submits nothing and reaches neither this page nor its cookies. */}
                <iframe sandbox="" srcDoc={m.html} title={`HTML body: ${m.subject}`} className="h-96 w-full rounded-md border border-zinc-200 bg-white" />
                {/* A long body scrolls: focusable, so a keyboard can scroll it too (axe: scrollable-region-focusable). */}
                <pre role="region" tabIndex={0} aria-label={`Text body: ${m.subject}`} className="max-h-96 overflow-auto focus-visible:outline-2 focus-visible:outline-indigo-600 whitespace-pre-wrap rounded-md bg-zinc-50 p-3 font-sans text-sm text-zinc-700">{m.body}</pre>
              </div>
            ) : (
              <pre aria-label={`Text body: ${m.subject}`} className="mt-2 whitespace-pre-wrap font-sans text-sm text-zinc-700">{m.body}</pre>
            )}
          </li>
        ))}
      </ul>
      <Pager page={page} pageSize={PAGE_SIZE} total={(page - 1) * PAGE_SIZE + messages.length} hrefFor={(p) => `${href(base, "/mailbox")}?page=${p}`} />
    </div>
  );
}
