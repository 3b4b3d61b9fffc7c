import { can, PERMISSION_DESCRIPTIONS, PERMISSIONS, ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";

const COLUMNS: DataColumn[] = [
  { id: "permission", header: "Permission", rowHeader: true },
  ...ROLES.map((r): DataColumn => ({ id: r, header: ROLE_LABELS[r], align: "center" })),
];

/** The permission matrix as members see it: one row per permission, one column per role, drawn from the table the server checks. */
export function RoleTable() {
  return (
    <DataTable
      label="What each role may do"
      columns={COLUMNS}
      rows={PERMISSIONS.map((p) => ({
        id: p,
        cells: {
          permission: PERMISSION_DESCRIPTIONS[p],
          ...Object.fromEntries(
            ROLES.map((r) => [
              r,
              can(r, p) ? (
                <>
                  <span aria-hidden="true">✓</span>
                  <span className="sr-only">allowed</span>
                </>
              ) : (
                <>
                  <span aria-hidden="true" className="text-zinc-400">—</span>
                  <span className="sr-only">not allowed</span>
                </>
              ),
            ]),
          ),
        },
      }))}
    />
  );
}
