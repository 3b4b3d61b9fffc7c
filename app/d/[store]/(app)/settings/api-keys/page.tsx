import type { Metadata } from "next";
import { ApiKeysPanel } from "@/components/api-keys/ApiKeysPanel";
import { QueryProvider } from "@/components/providers/QueryProvider";
import { scopeOptions } from "@/lib/api/key-view";
import { apiKeyViews } from "@/lib/api/key-views";
import { STORE_SCOPES } from "@/lib/api/keys";
import { requireSettingsReader } from "@/lib/stores/settings-access";
import { rootUrl } from "@/lib/tenancy/urls";
import { createApiKeyAction, listApiKeysAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage({ params }: { params: Promise<{ store: string }> }) {
  const { store, plan, canWrite } = await requireSettingsReader((await params).store);
  const keys = await apiKeyViews(store.id);
  const disabledReason = plan.features.apiAccess ? null : `API access is not part of the ${plan.name} plan: keys cannot be created, and existing keys do not work until the store moves to a plan with API access.`;

  return (
    <div>
      <h2 className="text-xl font-bold">API keys</h2>
      <p className="mb-6 mt-1 max-w-3xl text-zinc-600">
        Programs use a key to read {store.name}’s data through Plaza’s REST API (send it as <code>Authorization: Bearer plz_…</code>). See the{" "}
        <a className="text-indigo-700 underline" href={rootUrl("/api/v1/openapi.json")}>
          API reference (OpenAPI)
        </a>
        . Up to {plan.limits.apiRequestsPerMinute.toLocaleString("en-US")} requests a minute on the {plan.name} plan.
        {canWrite ? null : " Only owners can create or revoke keys."}
      </p>
      <QueryProvider>
        <ApiKeysPanel
          queryKey={["store", store.slug, "api-keys"]}
          initial={keys}
          scopes={scopeOptions(STORE_SCOPES)}
          canWrite={canWrite}
          disabledReason={disabledReason}
          listAction={listApiKeysAction}
          createAction={createApiKeyAction}
          revokeAction={revokeApiKeyAction}
        />
      </QueryProvider>
    </div>
  );
}
