import type { LiveImpersonation } from "@/lib/stores/impersonation";
import { Time } from "@/components/ui/Time";
import { EndSupportButton } from "./EndSupportButton";


/** Shown on every dashboard page: the store is read-only, and/or a platform admin is here as support. */
export function DashboardBanners({ readOnly, support }: { readOnly: boolean; support: LiveImpersonation | null }) {
  return (
    <>
      {support ? (
        <div role="status" aria-label="Support access" className="bg-violet-700 text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-6 py-2 text-sm">
            <p>
              Support access by admin <strong>{support.adminEmail}</strong> — ends at <Time value={support.expiresAt} style="time" />. Every action is audited in your name.
            </p>
            <EndSupportButton />
          </div>
        </div>
      ) : null}
      {readOnly ? (
        <div role="status" aria-label="Store suspended" className="bg-amber-100 text-amber-950">
          <p className="mx-auto max-w-6xl px-6 py-2 text-sm font-medium">This store is suspended: read-only. Changes are refused until Plaza reactivates it.</p>
        </div>
      ) : null}
    </>
  );
}
