import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { configKeyring } from "@/lib/config/keyring";
import { listConfig, type ConfigView } from "@/lib/config/store-config";
import { requireSettingsReader } from "@/lib/stores/settings-access";
import { ConfigRow, type ConfigItem } from "./ConfigRow";

export const metadata: Metadata = { title: "Configuration" };

// Long free text gets a text area.
const MULTILINE = new Set(["payment.manual_instructions"]);

export default async function ConfigPage({ params }: { params: Promise<{ store: string }> }) {
  const { store, canWrite } = await requireSettingsReader((await params).store);
  let views: ConfigView[] | null = null;
  try {
    views = await listConfig(db(), configKeyring(), store.id);
  } catch (err) {
    // Only a missing/invalid keyring lands here; anything else is a bug to surface.
    if (!(err instanceof Error && err.message.startsWith("CONFIG_ENCRYPTION_KEYS"))) throw err;
  }
  // Only what may be shown leaves the server: secrets arrive masked by listConfig.
  const items: ConfigItem[] = (views ?? []).map((v) => ({ key: v.key, label: v.label, help: v.help, secret: v.secret, display: v.display, multiline: MULTILINE.has(v.key) }));

  return (
    <div>
      <h2 className="text-xl font-bold">Configuration</h2>
      <p className="mb-6 mt-1 max-w-3xl text-zinc-600">Settings used by checkout, mail and integrations. Secret values are stored encrypted and are never shown again after you save them.</p>
      {views === null ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          The server has no encryption keys configured (CONFIG_ENCRYPTION_KEYS), so settings cannot be shown or stored. Ask the platform operator.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white" aria-label="Settings">
          {items.map((item) => (
            <ConfigRow key={item.key} item={item} canWrite={canWrite} />
          ))}
        </ul>
      )}
    </div>
  );
}
