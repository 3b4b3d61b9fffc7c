"use server";
import { db } from "@/lib/db/client";
import { platformAction } from "@/lib/actions/action";
import { formFile } from "@/lib/actions/form-guard";
import { fieldError, type ActionResult } from "@/lib/actions/result";
import { saveCatalogImage } from "@/lib/catalog/master-images";
import { createMasterProduct, getMasterProduct, updateMasterProduct } from "@/lib/catalog/master";
import { masterProductSchema } from "@/lib/catalog/master-input";

/*
 * Master catalog actions, platform admins only (platformAction). The action
 * wrapper passes only text fields to the body, so the image file is taken
 * from the form here and saved only after the wrapper has checked the admin.
 */

const save = (image: File | null) =>
  platformAction(masterProductSchema, async (input, { user }): Promise<ActionResult<unknown>> => {
    const { id, removeImage, ...values } = input;
    const current = id ? await getMasterProduct(db(), id) : null;
    if (id && !current) return { ok: false, error: "That catalog product does not exist." };
    let imagePath = removeImage ? null : (current?.imagePath ?? null);
    if (image) {
      const saved = await saveCatalogImage(image);
      if (!saved.ok) return fieldError("image", saved.error);
      imagePath = saved.name;
    }
    const result = id ? await updateMasterProduct(db(), user.id, id, { ...values, imagePath }) : await createMasterProduct(db(), user.id, { ...values, imagePath });
    if (!result.ok) return result;
    return { ok: true, message: id ? "Catalog product saved." : `“${result.value.title}” added to the catalog.`, data: { id: result.value.id } };
  });

export async function saveMasterProductAction(prev: ActionResult<unknown>, formData: FormData): Promise<ActionResult<unknown>> {
  return save(formFile(formData, "image"))(prev, formData);
}
