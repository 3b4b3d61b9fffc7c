import type { Metadata } from "next";
import Link from "next/link";
import { href, requestBase } from "@/lib/tenancy/request";
import { requirePlatformAdmin } from "@/lib/access/platform";
import { MasterProductForm } from "../MasterProductForm";

export const metadata: Metadata = { title: "Add a catalog product" };

export default async function NewMasterProductPage() {
  await requirePlatformAdmin();
  const base = await requestBase();
  return (
    <div className="space-y-6">
      <Link className="text-sm text-indigo-700 underline" href={href(base, "/catalog")}>← Master catalog</Link>
      <h1 className="text-2xl font-bold">Add a catalog product</h1>
      <MasterProductForm listHref={href(base, "/catalog")} />
    </div>
  );
}
