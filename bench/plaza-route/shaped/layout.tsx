import { BenchStorefrontShell } from "@/bench/plaza-route/shell";

/*
 * app/bench-route-shaped/[store]/layout.tsx in the bench's build
 * (bench/servers.ts): the tenancy-free catalog in the storefront's route
 * shape, a dynamic [store] segment with its own layout, each awaiting its
 * params as app/s/[store] does. What this costs against the flat page is
 * Next's, not Plaza's: no lookup, no headers, no cookies, no query.
 */
export default async function RouteShapedLayout({ children, params }: { children: React.ReactNode; params: Promise<{ store: string }> }) {
  await params;
  return <BenchStorefrontShell>{children}</BenchStorefrontShell>;
}
