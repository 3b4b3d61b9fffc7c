/*
 * The permission matrix: store roles × resources × actions, in one table.
 * The server checks it in the action wrapper and every guarded page; the
 * dashboard navigation reads the same table, so the UI never offers what the
 * server would refuse. Pure (no server-only): client components may import it.
 */

export const ROLES = ["owner", "admin", "catalog", "orders", "staff"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  catalog: "Catalog (products)",
  orders: "Orders",
  staff: "Staff (read-only)",
};

type Matrix = {
  overview: "read";
  members: "read" | "manage";
  audit: "read";
  products: "read" | "write";
  orders: "read" | "write";
  settings: "read" | "write";
};
export type Resource = keyof Matrix;
export type Action<R extends Resource = Resource> = Matrix[R];
export type Permission = { [R in Resource]: `${R}:${Matrix[R]}` }[Resource];

const ALL: Permission[] = [
  "overview:read",
  "members:read",
  "members:manage",
  "audit:read",
  "products:read",
  "products:write",
  "orders:read",
  "orders:write",
  "settings:read",
  "settings:write",
];

const MATRIX: Record<Role, ReadonlySet<Permission>> = {
  owner: new Set(ALL),
  // Admins run the store day to day; only owners change store settings.
  admin: new Set(ALL.filter((p) => p !== "settings:write")),
  // Catalog members never see orders (nor the customers behind them): issue 4.
  catalog: new Set<Permission>(["overview:read", "products:read", "products:write"]),
  orders: new Set<Permission>(["overview:read", "products:read", "orders:read", "orders:write"]),
  staff: new Set<Permission>(["overview:read", "products:read", "orders:read"]),
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? MATRIX[role].has(permission) : false;
}

/**
 * Roles an actor may hand out or take away. Only an owner touches the owner
 * role: an admin cannot promote themselves or anyone else to owner, nor
 * demote or remove an owner.
 */
export function canAssignRole(actor: Role, target: Role): boolean {
  if (!can(actor, "members:manage")) return false;
  return target !== "owner" || actor === "owner";
}

/** The dashboard navigation, driven by the matrix: add Products/Orders/Settings pages here. */
export const DASHBOARD_NAV: ReadonlyArray<{ path: string; label: string; permission: Permission }> = [
  { path: "/", label: "Overview", permission: "overview:read" },
  { path: "/products", label: "Products", permission: "products:read" },
  { path: "/orders", label: "Orders", permission: "orders:read" },
  // Customers are the people behind orders: whoever may read orders may read them.
  { path: "/customers", label: "Customers", permission: "orders:read" },
  { path: "/members", label: "Members", permission: "members:read" },
  { path: "/catalog", label: "Master catalog", permission: "products:write" },
  { path: "/settings", label: "Settings", permission: "settings:read" },
];
