import "server-only";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import type { Database } from "@/lib/db/connect";
import { stores, type StoreTheme } from "@/lib/db/schema";
import { withPlatform } from "@/lib/db/tenant";
import { PLANS } from "@/lib/plans/plans";
import { invalidateStore } from "@/lib/tenancy/lookup";
import { advancedThemingRefusal, type GeneralSettings, type ThemeSettings } from "./theme";

/*
 * A store's own settings (name, currency, time zone, theme). The caller has checked the
 * member's permission; these functions keep the rest: the plan's feature flag
 * is read inside the same transaction as the write (a plan change racing the
 * save cannot slip a theme through), every change is audited with the change,
 * and the tenant cache is dropped after commit so the storefront shows it now.
 */

export type SettingsResult = { ok: true } | { ok: false; error: string };

export async function storeSettings(database: Database, storeId: string) {
  const [row] = await database
    .select({ id: stores.id, slug: stores.slug, name: stores.name, currency: stores.currency, timeZone: stores.timeZone, plan: stores.plan, theme: stores.theme })
    .from(stores)
    .where(eq(stores.id, storeId))
    .limit(1);
  return row ?? null;
}

export async function updateGeneralSettings(database: Database, actorUserId: string, storeId: string, input: GeneralSettings): Promise<SettingsResult> {
  const slug = await withPlatform(database, async (tx) => {
    const [before] = await tx.select({ name: stores.name, currency: stores.currency, timeZone: stores.timeZone }).from(stores).where(eq(stores.id, storeId)).for("update");
    if (!before) return null;
    const after = { name: input.name, currency: input.currency, timeZone: input.timeZone ?? before.timeZone };
    const [row] = await tx
      .update(stores)
      .set({ ...after, updatedAt: new Date() })
      .where(eq(stores.id, storeId))
      .returning({ slug: stores.slug });
    await recordAudit(tx, {
      storeId,
      actorUserId,
      action: "store.settings_updated",
      targetType: "store",
      targetId: storeId,
      data: { before, after },
    });
    return row!.slug;
  });
  if (!slug) return { ok: false, error: "This store no longer exists." };
  invalidateStore(slug);
  return { ok: true };
}

/**
 * Saves the theme. `logoPath` is a name saveStoreImage just generated, or
 * undefined to keep the current logo; `input.removeLogo` drops it.
 */
export async function updateTheme(
  database: Database,
  actorUserId: string,
  storeId: string,
  input: ThemeSettings & { logoPath?: string },
): Promise<SettingsResult> {
  const outcome = await withPlatform(database, async (tx) => {
    const [store] = await tx.select({ slug: stores.slug, plan: stores.plan, theme: stores.theme }).from(stores).where(eq(stores.id, storeId)).for("update");
    if (!store) return { ok: false as const, error: "This store no longer exists." };
    const features = PLANS[store.plan].features;
    if (!features.branding) return { ok: false as const, error: `The ${PLANS[store.plan].name} plan does not include branding.` };
    // Without advanced theming the saved tagline is kept as it is (for an upgrade); a new one is refused.
    if (!features.themeCustomisation && input.tagline && input.tagline !== store.theme.tagline) {
      return { ok: false as const, error: advancedThemingRefusal(PLANS[store.plan].name) };
    }
    const tagline = features.themeCustomisation ? input.tagline : store.theme.tagline;
    const logoPath = input.logoPath ?? (input.removeLogo ? undefined : store.theme.logoPath);
    const theme: StoreTheme = {
      ...(tagline ? { tagline } : {}),
      primaryColor: input.primaryColor,
      ...(logoPath ? { logoPath } : {}),
    };
    await tx.update(stores).set({ theme, updatedAt: new Date() }).where(eq(stores.id, storeId));
    await recordAudit(tx, { storeId, actorUserId, action: "store.theme_updated", targetType: "store", targetId: storeId, data: { before: store.theme, after: theme } });
    return { ok: true as const, slug: store.slug };
  });
  if (!outcome.ok) return outcome;
  invalidateStore(outcome.slug);
  return { ok: true };
}
