"use server";
import { db } from "@/lib/db/client";
import { storeAction } from "@/lib/actions/action";
import { formFile } from "@/lib/actions/form-guard";
import type { ActionResult } from "@/lib/actions/result";
import { fieldError, refused } from "@/lib/actions/result";
import { PLANS } from "@/lib/plans/plans";
import { saveStoreImage } from "@/lib/storage/uploads";
import { storeSettings, updateGeneralSettings, updateTheme } from "@/lib/stores/settings";
import { advancedThemingRefusal, generalSettingsSchema, MAX_LOGO_BYTES, themeSettingsSchema } from "@/lib/stores/theme";

/*
 * Store settings. The store is the request host's (storeAction), never the
 * form's; only roles with settings:write get past the wrapper, and the plan's
 * theme flag is checked again inside the write (lib/stores/settings.ts).
 */

export const saveGeneralSettingsAction = storeAction("settings:write", generalSettingsSchema, async (input, { user, store }) => {
  const result = await updateGeneralSettings(db(), user.id, store.id, input);
  return result.ok ? { ok: true, message: "Store settings saved." } : refused(result.error);
});

/**
 * The action wrapper passes only text fields to the body, so the logo file is
 * taken from the form here and handed in; it is saved only after the wrapper
 * has checked the member and the plan.
 */
const saveTheme = (logo: File | null) =>
  storeAction("settings:write", themeSettingsSchema, async (input, { user, store }): Promise<ActionResult<unknown>> => {
    const current = await storeSettings(db(), store.id);
    if (!current) return refused("This store no longer exists.");
    // Branding is on every plan; a tagline without advanced theming is refused by updateTheme before a logo is kept.
    if (!PLANS[current.plan].features.branding) return refused(`The ${PLANS[current.plan].name} plan does not include branding.`);
    if (!PLANS[current.plan].features.themeCustomisation && input.tagline && input.tagline !== current.theme.tagline) {
      return refused(advancedThemingRefusal(PLANS[current.plan].name));
    }
    let logoPath: string | undefined;
    if (logo) {
      if (logo.size > MAX_LOGO_BYTES) return fieldError("logo", "Logos can be at most 1 MB.");
      const saved = await saveStoreImage(store.id, logo);
      if (!saved.ok) return fieldError("logo", saved.error);
      logoPath = saved.name;
    }
    const result = await updateTheme(db(), user.id, store.id, { ...input, logoPath });
    return result.ok ? { ok: true, message: "Theme saved. The storefront shows it now." } : refused(result.error);
  });

export async function saveThemeAction(prev: ActionResult<unknown>, formData: FormData): Promise<ActionResult<unknown>> {
  return saveTheme(formFile(formData, "logo"))(prev, formData);
}
