"use server";
import { db } from "@/lib/db/client";
import { platformAction } from "@/lib/actions/action";
import { formFile } from "@/lib/actions/form-guard";
import { fieldError, type ActionResult } from "@/lib/actions/result";
import { saveCatalogueImage } from "@/lib/catalogue/images";
import { createMasterProduct, getMasterProduct, updateMasterProduct } from "@/lib/catalogue/master";
import { masterProductSchema } from "@/lib/catalogue/master-input";

/*
 * Master catalogue actions, platform admins only (platformAction). The action
 * wrapper passes only text fields to the body, so the image file is taken
 * from the form here and saved only after the wrapper has checked the admin.
 */

const save = (image: File | null) =>
  platformAction(masterProductSchema, async (input, { user }): Promise<ActionResult<unknown>> => {
    const { id, removeImage, ...values } = input;
    const current = id ? await getMasterProduct(db(), id) : null;
    if (id && !current) return { ok: false, error: "That catalogue product does not exist." };
    let imagePath = removeImage ? null : (current?.imagePath ?? null);
    if (image) {
      const saved = await saveCatalogueImage(image);
      if (!saved.ok) return fieldError("image", saved.error);
      imagePath = saved.name;
    }
    const result = id ? await updateMasterProduct(db(), user.id, id, { ...values, imagePath }) : await createMasterProduct(db(), user.id, { ...values, imagePath });
    if (!result.ok) return result;
    return { ok: true, message: id ? "Catalogue product saved." : `“${result.value.title}” added to the catalogue.`, data: { id: result.value.id } };
  });

export async function saveMasterProductAction(prev: ActionResult<unknown>, formData: FormData): Promise<ActionResult<unknown>> {
  return save(formFile(formData, "image"))(prev, formData);
}
