import { db } from "@/lib/db/client";
import { canAssignRole, ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { listOpenInvites } from "@/lib/stores/invites";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import { Time } from "@/components/ui/Time";
import { InviteForm } from "./InviteForm";
import { InviteActions } from "./InviteActions";

const COLUMNS: DataColumn[] = [
  { id: "email", header: "Email", sortable: true },
  { id: "role", header: "Role", sortable: true },
  { id: "valid", header: "Link valid", sortable: true },
  { id: "actions", header: "Actions", srOnlyHeader: true, align: "right" },
];

/** The members page's invitations: the form, and the open invitations with resend and revoke. */
export async function InvitesSection({ storeId, role, roles }: { storeId: string; role: Role; roles: Role[] }) {
  const invites = await listOpenInvites(db(), storeId);
  const manage = canAssignRole(role, "staff");
  return (
    <section aria-labelledby="invites-heading" className="space-y-4">
      <h2 id="invites-heading" className="text-xl font-semibold">Invitations</h2>
      <p className="text-zinc-600">Invite someone by email: the link lets them choose a password (or sign in) and join with the role you pick.</p>
      {manage ? <InviteForm roles={roles} /> : null}
      <DataTable
        label="Open invitations"
        columns={COLUMNS}
        empty={manage ? "No open invitations. Invite someone with the form above." : "No open invitations."}
        search={invites.length > 10 ? { label: "Search invitations", placeholder: "Search by email" } : undefined}
        pageSize={50}
        rows={invites.map((i) => ({
          id: i.id,
          search: i.email,
          sort: { email: i.email, role: ROLES.indexOf(i.role), valid: i.expiresAt.getTime() },
          cells: {
            email: <span className="font-medium">{i.email}</span>,
            role: ROLE_LABELS[i.role],
            valid: i.expired ? (
              <span className="font-medium text-red-700">Expired</span>
            ) : (
              <span className="text-zinc-600">
                Until <Time value={i.expiresAt} />
              </span>
            ),
            actions: manage && canAssignRole(role, i.role) ? <InviteActions invite={{ id: i.id, email: i.email }} /> : null,
          },
        }))}
      />
    </section>
  );
}
