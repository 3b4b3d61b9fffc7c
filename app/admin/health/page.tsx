import { Time } from "@/components/ui/Time";
import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { platformHealth } from "@/lib/console/health";
import { requirePlatformAdmin } from "@/lib/access/platform";

export const metadata: Metadata = { title: "Health" };
// Always measured now, never from a cached render.
export const dynamic = "force-dynamic";

function Check({ title, ok, children }: { title: string; ok: boolean; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`h-${title}`} className="rounded-lg border border-zinc-200 bg-white p-6">
      <h2 id={`h-${title}`} className="flex items-center gap-2 text-lg font-semibold">
        <span aria-hidden className={`inline-block h-3 w-3 rounded-full ${ok ? "bg-green-500" : "bg-amber-500"}`} />
        {title} <span className={`text-sm font-normal ${ok ? "text-green-800" : "text-amber-900"}`}>{ok ? "OK" : "Needs attention"}</span>
      </h2>
      <div className="mt-3 space-y-1 text-sm text-zinc-700">{children}</div>
    </section>
  );
}

const when = (d: Date) => <Time value={d} relative />;

export default async function HealthPage() {
  await requirePlatformAdmin();
  const h = await platformHealth(db());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Health</h1>
        <p className="mt-1 text-zinc-600">Measured when this page loaded. Reload to check again.</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Check title="Database" ok={h.database.ok}>
          {h.database.ok ? <p>Reachable; a round trip took {h.database.latencyMs} ms.</p> : <p role="alert">Unreachable: {h.database.error}</p>}
        </Check>
        <Check title="Job runner" ok={!h.jobs.stale}>
          {h.jobs.lastPassAt ? <p>Last job finished {when(h.jobs.lastPassAt)}.</p> : <p>No job has finished yet (every server runs them on their schedules; or run <code>npm run jobs</code>).</p>}
          {Object.entries(h.jobs.report).map(([job, result]) => (
            <p key={job}><span className="font-medium">{job}</span>: {result}</p>
          ))}
        </Check>
        <Check title="Mail" ok={h.mail.smtpConfigured && !h.mail.lastError}>
          <p>{h.mail.smtpConfigured ? "SMTP is configured (SMTP_URL)." : "SMTP is not configured: mail stays in the console’s mailbox."}</p>
          <p>{h.mail.unsent} unsent message{h.mail.unsent === 1 ? "" : "s"} in the outbox.</p>
          {h.mail.lastError ? <p className="text-red-800">Last delivery error ({when(h.mail.lastError.at)}): {h.mail.lastError.message}</p> : <p>No delivery errors.</p>}
        </Check>
      </div>
    </div>
  );
}
