import { can, PERMISSION_DESCRIPTIONS, PERMISSIONS, ROLE_LABELS, ROLES } from "@/lib/auth/permissions";

/** The permission matrix as members see it: one row per permission, one column per role, drawn from the table the server checks. */
export function RoleTable() {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="min-w-full text-sm" aria-label="What each role may do">
        <thead className="bg-zinc-50 text-left text-zinc-600">
          <tr>
            <th scope="col" className="px-4 py-2">Permission</th>
            {ROLES.map((r) => (
              <th key={r} scope="col" className="px-4 py-2 text-center">{ROLE_LABELS[r]}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {PERMISSIONS.map((p) => (
            <tr key={p}>
              <th scope="row" className="px-4 py-2 text-left font-normal">{PERMISSION_DESCRIPTIONS[p]}</th>
              {ROLES.map((r) => (
                <td key={r} className="px-4 py-2 text-center">
                  {can(r, p) ? (
                    <>
                      <span aria-hidden="true">✓</span>
                      <span className="sr-only">allowed</span>
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true" className="text-zinc-400">—</span>
                      <span className="sr-only">not allowed</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
