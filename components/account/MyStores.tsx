import type { MyStore } from "@/lib/stores/my-stores";
import { canEnter } from "@/lib/stores/my-stores";

/** What the user sees at the root: stores they can enter (chooser), and where their applications stand. */
function describe(s: MyStore): { label: string; tone: string; detail?: string | null } {
  if (canEnter(s)) return { label: `Member · ${s.role}`, tone: "text-green-700" };
  const application = s.role === "owner" && s.storeStatus !== "active";
  if (application && s.storeStatus === "pending") return { label: "Store application awaiting review", tone: "text-amber-700" };
  if (application && s.storeStatus === "rejected") return { label: "Store application not approved", tone: "text-red-700", detail: s.storeReason ?? s.reason };
  if (s.storeStatus === "suspended") return { label: "Store temporarily unavailable", tone: "text-zinc-600" };
  if (s.status === "pending") return { label: "Join request awaiting the owners' decision", tone: "text-amber-700" };
  if (s.status === "rejected") return { label: "Join request declined", tone: "text-red-700", detail: s.reason };
  return { label: "You no longer have access", tone: "text-zinc-600", detail: s.reason };
}

export function MyStores({ stores }: { stores: MyStore[] }) {
  if (stores.length === 0) return <p className="text-zinc-600">You have no stores or requests yet.</p>;
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white" aria-label="Your stores">
      {stores.map((s) => {
        const d = describe(s);
        return (
          <li key={s.slug} className="flex items-center justify-between gap-4 px-4 py-3">
            <div>
              <p className="font-semibold">{s.name}</p>
              <p className={`text-sm ${d.tone}`}>{d.label}</p>
              {d.detail ? <p className="text-sm text-zinc-700">Reason: {d.detail}</p> : null}
            </div>
            {canEnter(s) ? (
              // A plain link: the route handler issues the hop token, then redirects.
              <a href={`/login/go/${s.slug}`} className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-700">
                Open dashboard
              </a>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
