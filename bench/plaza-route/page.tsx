import { BenchCatalog, BenchStorefrontShell, benchMetadata } from "@/bench/plaza-route/shell";

/*
 * app/bench-tenancy-free/page.tsx in the bench's build (bench/servers.ts): the
 * storefront catalog with every tenancy layer removed, its layout's markup
 * rendered by the page itself, at a static path.
 */
export const dynamic = "force-dynamic";
export const metadata = benchMetadata;

export default function TenancyFreeCatalog() {
  return (
    <BenchStorefrontShell>
      <BenchCatalog />
    </BenchStorefrontShell>
  );
}
