import { db } from "@/lib/db/client";
import { canAssignRole, type Role } from "@/lib/auth/permissions";
import { listOpenInvites } from "@/lib/stores/invites";
import { InviteForm } from "./InviteForm";
import { InviteRow } from "./InviteRow";

/** The members page's invitations: the form, and the open invitations with resend and revoke. */
export async function InvitesSection({ storeId, role, roles }: { storeId: string; role: Role; roles: Role[] }) {
  const invites = await listOpenInvites(db(), storeId);
  const manage = canAssignRole(role, "staff");
  return (
    <section aria-labelledby="invites-heading" className="space-y-4">
      <h2 id="invites-heading" className="text-xl font-semibold">Invitations</h2>
      <p className="text-zinc-600">Invite someone by email: the link lets them choose a password (or sign in) and join with the role you pick.</p>
      {manage ? <InviteForm roles={roles} /> : null}
      {invites.length === 0 ? (
        <p className="text-sm text-zinc-600">No open invitations.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
          <table className="min-w-full text-sm" aria-label="Open invitations">
            <thead className="bg-zinc-50 text-left text-zinc-600">
              <tr>
                <th className="px-4 py-2">Email</th>
                <th className="px-4 py-2">Role</th>
                <th className="px-4 py-2">Link valid</th>
                <th className="px-4 py-2 text-right"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {invites.map((i) => (
                <InviteRow
                  key={i.id}
                  invite={{ id: i.id, email: i.email, role: i.role, expired: i.expired, expiresAt: i.expiresAt.toISOString().replace("T", " ").slice(0, 16) + " UTC" }}
                  editable={manage && canAssignRole(role, i.role)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
