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

/** What each permission lets a member do, in the words the members page shows. */
export const PERMISSION_DESCRIPTIONS: Record<Permission, string> = {
  "overview:read": "See the dashboard overview",
  "members:read": "See members and join requests",
  "members:manage": "Invite members, approve join requests, change roles, remove members",
  "audit:read": "Read the store's audit log",
  "products:read": "See products",
  "products:write": "Create, edit and archive products; opt into the master catalog",
  "orders:read": "See orders and customers",
  "orders:write": "Mark orders paid, fulfill and cancel them",
  "settings:read": "See settings, domains, configuration and API keys",
  "settings:write": "Change settings, domains, configuration and API keys",
};

/** Every permission in matrix order, for tables that list them. */
export const PERMISSIONS: readonly Permission[] = ALL;

/**
 * Store API scopes are permissions of this matrix under the API's names: a
 * store key may carry a scope only while its creator's role has the
 * permission (lib/api/key-authority.ts). Platform keys carry platform scopes,
 * which stand for being a platform admin.
 */
export const STORE_SCOPE_PERMISSION = {
  "products:read": "products:read",
  "products:write": "products:write",
  "orders:read": "orders:read",
  "orders:write": "orders:write",
  "join_requests:read": "members:read",
  "join_requests:write": "members:manage",
  "members:read": "members:read",
  "members:write": "members:manage",
  // Configuration and webhooks are store settings: owners write them, admins read them.
  "config:read": "settings:read",
  "config:write": "settings:write",
  "webhooks:read": "settings:read",
  "webhooks:write": "settings:write",
} as const satisfies Record<string, Permission>;
export type StoreScope = keyof typeof STORE_SCOPE_PERMISSION;
export const STORE_SCOPES = Object.keys(STORE_SCOPE_PERMISSION) as [StoreScope, ...StoreScope[]];

/** True when `role` has the permission behind every scope of a store key (an unknown scope is never covered). */
export function roleCoversScopes(role: Role, scopes: readonly string[]): boolean {
  return scopes.every((s) => {
    const permission = (STORE_SCOPE_PERMISSION as Record<string, Permission | undefined>)[s];
    return permission !== undefined && can(role, permission);
  });
}

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
  { path: "/activity", label: "Activity", permission: "audit:read" },
  { path: "/catalog", label: "Master catalog", permission: "products:write" },
  { path: "/settings", label: "Settings", permission: "settings:read" },
];
