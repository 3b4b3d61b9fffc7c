import type { Metadata } from "next";
import { ApiKeysPanel } from "@/components/api-keys/ApiKeysPanel";
import { QueryProvider } from "@/components/providers/QueryProvider";
import { scopeOptions } from "@/lib/api/key-view";
import { apiKeyViews } from "@/lib/api/key-views";
import { PLATFORM_SCOPES } from "@/lib/api/keys";
import { rootUrl } from "@/lib/tenancy/urls";
import { requirePlatformAdmin } from "@/lib/access/platform";
import { createPlatformKeyAction, listPlatformKeysAction, revokePlatformKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

export default async function PlatformApiKeysPage() {
  await requirePlatformAdmin();
  const keys = await apiKeyViews(null);
  return (
    <div>
      <h1 className="text-2xl font-bold">Platform API keys</h1>
      <p className="mb-6 mt-1 max-w-3xl text-zinc-600">
        Keys for the <code>/api/v1/stores</code> endpoints (list, create, update, suspend, reactivate stores). Store owners create their own keys for their store’s data. See the{" "}
        <a className="text-indigo-700 underline" href={rootUrl("/api/v1/openapi.json")}>
          API reference (OpenAPI)
        </a>
        .
      </p>
      <QueryProvider>
        <ApiKeysPanel
          queryKey={["platform", "api-keys"]}
          initial={keys}
          scopes={scopeOptions(PLATFORM_SCOPES)}
          canWrite
          disabledReason={null}
          listAction={listPlatformKeysAction}
          createAction={createPlatformKeyAction}
          revokeAction={revokePlatformKeyAction}
        />
      </QueryProvider>
    </div>
  );
}
