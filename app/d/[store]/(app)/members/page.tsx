import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { can, canAssignRole, ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { listHistory } from "@/lib/audit/history";
import { href, requestBase } from "@/lib/tenancy/request";
import { requireMember } from "@/lib/access/edges";
import { listMemberships } from "@/lib/stores/members";
import { AuditHistory } from "@/components/audit/AuditHistory";
import { RoleTable } from "@/components/dashboard/RoleTable";
import { JoinRequestsForm } from "./JoinRequestsForm";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import { MemberRemoveControl, MemberRoleControl } from "./MemberRow";
import { InvitesSection } from "./InvitesSection";

const MEMBER_COLUMNS: DataColumn[] = [
  { id: "member", header: "Member", sortable: true },
  { id: "role", header: "Role", sortable: true },
  { id: "actions", header: "Actions", srOnlyHeader: true, align: "right" },
];

export const metadata: Metadata = { title: "Members" };

/** Owners and admins only: others get a 404, as if the page did not exist. */
export default async function MembersPage({ params }: { params: Promise<{ store: string }> }) {
  const access = await requireMember((await params).store, "members:read");
  const { store, role } = access;
  const base = await requestBase();
  const [requests, members, history] = await Promise.all([
    listMemberships(db(), store.id, "pending"),
    listMemberships(db(), store.id, "approved"),
    // Membership decisions only: product edits and the rest are on the activity page.
    can(role, "audit:read") ? listHistory(db(), { storeId: store.id, kinds: ["members"], limit: 50 }, { area: "store", base }) : Promise.resolve([]),
  ]);
  const assignable = ROLES.filter((r) => canAssignRole(role, r));
  const owners = members.filter((m) => m.role === "owner").length;
  // A stranger is never offered Owner: approve them, then make them an owner from the members list on purpose.
  const forStrangers = assignable.filter((r) => r !== "owner");

  return (
    <div className="space-y-10">
      <section aria-labelledby="requests-heading">
        <h1 id="requests-heading" className="text-2xl font-bold">Join requests</h1>
        <p className="mb-4 mt-1 text-zinc-600">People who asked to join {store.name}. They cannot enter the dashboard until you approve them.</p>
        <JoinRequestsForm requests={requests} roles={forStrangers} />
        <p className="mt-2 text-sm text-zinc-700">To make someone an owner, approve them first, then change their role in the list below.</p>
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="mb-4 text-xl font-semibold">Members</h2>
        <DataTable
          label="Members"
          columns={MEMBER_COLUMNS}
          search={members.length > 10 ? { label: "Search members", placeholder: "Search by name or email" } : undefined}
          pageSize={50}
          rows={members.map((m) => {
            const editable = canAssignRole(role, m.role);
            // The last owner can be neither removed nor demoted (the server refuses both): say so instead of offering it.
            const soleOwner = m.role === "owner" && owners === 1;
            return {
              id: m.userId,
              search: `${m.name} ${m.email}`,
              sort: { member: m.name.toLowerCase(), role: ROLES.indexOf(m.role) },
              cells: {
                member: (
                  <>
                    <span className="font-semibold">{m.name}</span>
                    <span className="block text-sm text-zinc-600">{m.email}</span>
                  </>
                ),
                role: editable && !soleOwner ? <MemberRoleControl member={m} roles={assignable} /> : ROLE_LABELS[m.role],
                actions: soleOwner ? (
                  <span className="text-xs text-zinc-600">The only owner: add another owner before removing or demoting this one.</span>
                ) : editable ? (
                  <MemberRemoveControl member={m} />
                ) : null,
              },
            };
          })}
        />
      </section>

      <InvitesSection storeId={store.id} role={role} roles={assignable} />

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading" className="mb-4 text-xl font-semibold">What each role may do</h2>
        <RoleTable />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-4 text-xl font-semibold">History of decisions</h2>
        <AuditHistory entries={history} label="History of decisions" empty="No join requests decided and no roles changed yet." />
        <p className="mt-3 text-sm"><a className="text-indigo-700 underline" href={`${href(base, "/activity")}?kind=members`}>Filter this history on the activity page</a></p>
      </section>
    </div>
  );
}
