import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { configKeyring } from "@/lib/config/keyring";
import { listConfig, type ConfigView } from "@/lib/config/store-config";
import { PAYMENT_SETTING_KEYS, storePayments } from "@/lib/commerce/payment";
import { requireSettingsReader } from "@/lib/stores/settings-access";
import { rootUrl } from "@/lib/tenancy/urls";
import { CopyButton } from "@/components/dashboard/CopyButton";
import { ConfigRow } from "../config/ConfigRow";

export const metadata: Metadata = { title: "Payments" };

/**
 * How the store takes money: its own Stripe account (secret key + the signing
 * secret of the webhook endpoint shown here), pay on delivery on or off, and
 * how long an unpaid card order holds its stock. The keys are store
 * configuration (encrypted, write-only).
 */
export default async function PaymentsPage({ params }: { params: Promise<{ store: string }> }) {
  const { store, canWrite } = await requireSettingsReader((await params).store);
  let views: ConfigView[] | null = null;
  try {
    views = await listConfig(db(), configKeyring(), store.id);
  } catch (err) {
    if (!(err instanceof Error && err.message.startsWith("CONFIG_ENCRYPTION_KEYS"))) throw err;
  }
  const keys = new Set<string>(PAYMENT_SETTING_KEYS);
  const items = (views ?? []).filter((v) => keys.has(v.key));
  const payments = await storePayments(db(), store.id);
  const webhookUrl = rootUrl(`/api/webhooks/stripe/${store.id}`);

  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-bold">Payments</h2>
        <p className="mt-1 max-w-3xl text-zinc-600">
          Card payments go to your own Stripe account: customers pay on Stripe&apos;s secure page and the order is marked paid when Stripe tells Plaza.
        </p>
      </div>
      <div role="status" data-testid="payments-status" className="rounded-lg border border-zinc-200 bg-white p-4 text-sm">
        <p>
          <span className="font-semibold">Card payments:</span> {payments.stripe ? "on" : "off — set both Stripe keys below to turn them on"}
        </p>
        <p>
          <span className="font-semibold">Pay on delivery:</span> {payments.methods.some((m) => m.id === "manual") ? "on" : "off"}
        </p>
        {payments.stripe?.testMode ? (
          <p data-testid="test-mode-banner" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
            Test mode: these are Stripe test keys. No real card is charged; switch to live keys (sk_live_…) to take real payments.
          </p>
        ) : null}
        {payments.methods.length === 0 ? (
          <p role="alert" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-red-800">No payment method is on: the storefront cannot take orders.</p>
        ) : null}
      </div>
      <div className="rounded-lg border border-zinc-200 bg-white p-4 text-sm">
        <h3 className="font-semibold">Webhook endpoint</h3>
        <p className="mt-1 text-zinc-600">
          In Stripe, add an endpoint with this URL and the events checkout.session.completed, checkout.session.expired,
          checkout.session.async_payment_succeeded, checkout.session.async_payment_failed, payment_intent.succeeded,
          payment_intent.payment_failed, charge.refunded, charge.dispute.created and charge.dispute.closed; then paste its signing secret below.
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <code className="break-all rounded bg-zinc-100 px-2 py-1" data-testid="webhook-url">{webhookUrl}</code>
          <CopyButton value={webhookUrl} />
        </p>
      </div>
      {views === null ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          The server has no encryption keys configured (CONFIG_ENCRYPTION_KEYS), so payment keys cannot be stored. Ask the platform operator.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white" aria-label="Payment settings">
          {items.map((v) => (
            <ConfigRow key={v.key} item={{ key: v.key, label: v.label, help: v.help, secret: v.secret, display: v.display, multiline: false }} canWrite={canWrite} />
          ))}
        </ul>
      )}
    </div>
  );
}
