/*
 * Audit entries in words: "Ana Owner archived product Blue Mug". Pure (no
 * server-only, no database), so the sentence for every action is unit tested
 * and client components may render it. lib/audit/history.ts resolves the
 * names and links; this module only knows the grammar.
 */

/** The kinds a reader filters by; each is a set of action prefixes. */
export const AUDIT_KINDS = {
  products: { label: "Products", prefixes: ["product."] },
  members: { label: "Members and join requests", prefixes: ["join_request.", "membership."] },
  store: { label: "Store and plan", prefixes: ["store."] },
  applications: { label: "Store applications", prefixes: ["store_application."] },
  domains: { label: "Domains", prefixes: ["domain."] },
  developers: { label: "API keys and webhooks", prefixes: ["api_key.", "webhook."] },
  settings: { label: "Configuration", prefixes: ["config."] },
  support: { label: "Support access", prefixes: ["impersonation.", "support."] },
  catalog: { label: "Master catalog", prefixes: ["catalog."] },
} as const;
export type AuditKind = keyof typeof AUDIT_KINDS;
export const AUDIT_KIND_KEYS = Object.keys(AUDIT_KINDS) as [AuditKind, ...AuditKind[]];

/** The object an entry is about, with its display name (already resolved) and where to look at it. */
export type AuditObject = { name: string; href?: string };

export type AuditSentenceInput = {
  action: string;
  data: Record<string, unknown>;
  /** The actor's display name; null for the system (jobs, verification, purge). */
  actor: string | null;
  object: AuditObject | null;
};

/** One sentence as parts, so the page can link the object and keep the rest plain text. */
export type AuditSentence = { actor: string; before: string; object: AuditObject | null; after: string };

const ROLE_WORDS: Record<string, string> = { owner: "Owner", admin: "Admin", catalog: "Catalog", orders: "Orders", staff: "Staff" };
const role = (value: unknown) => (typeof value === "string" ? (ROLE_WORDS[value] ?? value) : "");
const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");
/** A placement as lib/db/move.ts records it: "pool" or "dedicated <label>". */
const where = (value: unknown) => (value === "pool" ? "the shared pool" : text(value).replace(/^dedicated\b\s*/, "a dedicated database ").trim());

type Phrase = { before: string; after?: string } | ((data: Record<string, unknown>) => { before: string; after?: string });

/** Verb and noun per action; "{actor} {before} {object}{after}". */
const PHRASES: Record<string, Phrase> = {
  "product.created": { before: "created product" },
  "product.updated": { before: "edited product" },
  "product.image_set": { before: "changed the image of product" },
  "product.archived": { before: "archived product" },
  "product.opted_in": { before: "added from the master catalog product" },
  "join_request.submitted": { before: "asked to join the store" },
  "join_request.approved": (d) => ({ before: "approved the join request of", after: d.role ? ` as ${role(d.role)}` : "" }),
  "join_request.rejected": { before: "rejected the join request of" },
  "membership.role_changed": (d) => ({ before: "changed the role of", after: ` from ${role(d.from)} to ${role(d.to)}` }),
  "membership.removed": (d) => ({ before: "removed", after: d.role ? ` (${role(d.role)}) from the store` : " from the store" }),
  "store_application.submitted": { before: "applied to open store" },
  "store_application.approved": { before: "approved the application of store" },
  "store_application.rejected": { before: "rejected the application of store" },
  "store.created": (d) => ({ before: "created store", after: d.plan ? ` on the ${text(d.plan)} plan` : "" }),
  "store.settings_updated": { before: "updated the settings of store" },
  "store.theme_updated": { before: "changed the look of store" },
  "store.renamed": (d) => ({ before: "renamed store", after: d.to ? ` to “${text(d.to)}”` : "" }),
  "store.plan_changed": (d) => ({ before: "changed the plan of store", after: ` from ${text(d.from)} to ${text(d.to)}` }),
  "store.suspended": { before: "suspended store" },
  "store.reactivated": { before: "reactivated store" },
  "store.deletion_requested": { before: "asked to delete store" },
  "store.restored": { before: "restored store" },
  "store.purged": { before: "purged store" },
  "store.exported": { before: "exported the data of store" },
  "store.placement_changed": (d) => ({ before: "moved store", after: ` from ${where(d.from)} to ${where(d.to)}` }),
  "domain.added": { before: "added domain" },
  "domain.verified": { before: "verified domain" },
  "domain.removed": { before: "removed domain" },
  "domain.claim_dropped": { before: "dropped the claim on domain" },
  "domain.misconfigured": { before: "found misconfigured domain" },
  "domain.pending": { before: "marked as pending domain" },
  "api_key.created": { before: "created API key" },
  "api_key.revoked": { before: "revoked API key" },
  "webhook.created": { before: "added webhook" },
  "webhook.updated": { before: "edited webhook" },
  "webhook.deleted": { before: "deleted webhook" },
  "webhook.test_sent": { before: "sent a test event to webhook" },
  "webhook.disabled": { before: "disabled webhook" },
  "config.set": { before: "set configuration key" },
  "config.deleted": { before: "deleted configuration key" },
  "impersonation.started": { before: "started support access to store" },
  "impersonation.ended": { before: "ended support access to store" },
  "impersonation.action": (d) => ({ before: "acted as support in store", after: d.permission ? ` (${text(d.permission)})` : "" }),
  "support.viewed": { before: "opened as support the dashboard of store" },
  "catalog.product_created": { before: "created master product" },
  "catalog.product_updated": { before: "edited master product" },
};

/** An action we have no words for yet still reads as words, never as a code. */
function fallback(action: string): { before: string; after?: string } {
  const [noun = "", verb = ""] = action.split(".");
  return { before: `${verb.replaceAll("_", " ") || "changed"} ${noun.replaceAll("_", " ")}`.trim() };
}

export function auditSentence(input: AuditSentenceInput): AuditSentence {
  const phrase = PHRASES[input.action] ?? fallback(input.action);
  const words: { before: string; after?: string } = typeof phrase === "function" ? phrase(input.data) : phrase;
  // "asked to join the store" names no object: the actor is the applicant.
  const object = input.action === "join_request.submitted" ? null : input.object;
  return { actor: input.actor ?? "Plaza", before: words.before, object, after: words.after ?? "" };
}

/** The whole sentence as plain text (tests, titles, mail). */
export function auditText(input: AuditSentenceInput): string {
  const s = auditSentence(input);
  return `${s.actor} ${s.before}${s.object ? ` ${s.object.name}` : ""}${s.after}`;
}

/** The kind an action belongs to, for labels. */
export function auditKindOf(action: string): AuditKind | null {
  for (const key of AUDIT_KIND_KEYS) if (AUDIT_KINDS[key].prefixes.some((p) => action.startsWith(p))) return key;
  return null;
}

/** A day as the date filter takes it (YYYY-MM-DD), anything else dropped. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The history filter from a page's search params: bad values are ignored, never an error page. */
export function parseHistoryQuery(params: Record<string, string | string[] | undefined>) {
  const one = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
  };
  const kind = one("kind");
  const actor = one("actor");
  const from = one("from");
  const to = one("to");
  const page = Number.parseInt(one("page"), 10);
  return {
    kind: (AUDIT_KIND_KEYS as string[]).includes(kind) ? (kind as AuditKind) : undefined,
    actor: UUID_TEXT.test(actor) ? actor.toLowerCase() : undefined,
    from: DAY.test(from) && !Number.isNaN(Date.parse(from)) ? from : undefined,
    to: DAY.test(to) && !Number.isNaN(Date.parse(to)) ? to : undefined,
    page: Number.isFinite(page) && page >= 1 && page < 10_000 ? page : 1,
  };
}
export type HistoryQuery = ReturnType<typeof parseHistoryQuery>;
