import type { Metadata } from "next";
import { requireSettingsReader } from "@/lib/stores/settings-access";
import { href, requestBase } from "@/lib/tenancy/request";
import { ExportPanel } from "./ExportPanel";
import { ImportForm } from "./ImportForm";

export const metadata: Metadata = { title: "Export and import" };

export default async function ExportPage({ params }: { params: Promise<{ store: string }> }) {
  const { store, canWrite } = await requireSettingsReader((await params).store);
  const base = await requestBase();

  return (
    <div>
      <h2 className="text-xl font-bold">Export and import</h2>
      {!canWrite ? (
        <p className="mt-4 rounded-md bg-zinc-100 px-3 py-2 text-sm text-zinc-700">Only the store’s owners can export or import its data.</p>
      ) : (
        <div className="mt-6 grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="export-heading" className="rounded-lg border border-zinc-200 bg-white p-5">
            <h2 id="export-heading" className="text-lg font-semibold">Export</h2>
            <p className="mb-4 mt-1 text-sm text-zinc-600">
              Everything {store.name} holds — products, customers, orders, settings — as a zip of JSON files, one per table, with a manifest. Secret settings stay encrypted. The download is recorded in the audit log.
            </p>
            <ExportPanel downloadUrl={href(base, "/settings/export/download")} />
          </section>
          <section aria-labelledby="import-heading" className="rounded-lg border border-zinc-200 bg-white p-5">
            <h2 id="import-heading" className="text-lg font-semibold">Import</h2>
            <p className="mb-4 mt-1 text-sm text-zinc-600">
              Restore a Plaza export into this store. It only works while the store is empty (no products, customers or orders), so nothing is ever overwritten.
            </p>
            <ImportForm uploadUrl={href(base, "/settings/export/upload")} storeName={store.name} />
          </section>
        </div>
      )}
    </div>
  );
}
