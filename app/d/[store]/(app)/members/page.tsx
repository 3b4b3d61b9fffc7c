import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { can, canAssignRole, ROLES } from "@/lib/auth/permissions";
import { listAudit } from "@/lib/audit/log";
import { dashboardAccess } from "@/lib/stores/dashboard";
import { listMemberships } from "@/lib/stores/members";
import { AuditTable } from "@/components/audit/AuditTable";
import { RoleTable } from "@/components/dashboard/RoleTable";
import { JoinRequestsForm } from "./JoinRequestsForm";
import { MemberRow } from "./MemberRow";
import { InvitesSection } from "./InvitesSection";

export const metadata: Metadata = { title: "Members" };

/** Owners and admins only: others get a 404, as if the page did not exist. */
export default async function MembersPage({ params }: { params: Promise<{ store: string }> }) {
  const access = await dashboardAccess((await params).store);
  if (access.kind !== "member" || !can(access.role, "members:read")) notFound();
  const { store, role } = access;
  const [requests, members, history] = await Promise.all([
    listMemberships(db(), store.id, "pending"),
    listMemberships(db(), store.id, "approved"),
    can(role, "audit:read") ? listAudit(db(), { storeId: store.id, limit: 50 }) : Promise.resolve([]),
  ]);
  const assignable = ROLES.filter((r) => canAssignRole(role, r));

  return (
    <div className="space-y-10">
      <section aria-labelledby="requests-heading">
        <h1 id="requests-heading" className="text-2xl font-bold">Join requests</h1>
        <p className="mb-4 mt-1 text-zinc-600">People who asked to join {store.name}. They cannot enter the dashboard until you approve them.</p>
        <JoinRequestsForm requests={requests} roles={assignable} />
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="mb-4 text-xl font-semibold">Members</h2>
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
          <table className="min-w-full text-sm" aria-label="Members">
            <thead className="bg-zinc-50 text-left text-zinc-600">
              <tr>
                <th className="px-4 py-2">Member</th>
                <th className="px-4 py-2">Role</th>
                <th className="px-4 py-2 text-right"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {members.map((m) => (
                <MemberRow key={m.userId} member={m} roles={assignable} editable={canAssignRole(role, m.role)} />
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <InvitesSection storeId={store.id} role={role} roles={assignable} />

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading" className="mb-4 text-xl font-semibold">What each role may do</h2>
        <RoleTable />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-4 text-xl font-semibold">History of decisions</h2>
        <AuditTable entries={history} label="History of decisions" />
      </section>
    </div>
  );
}
