import { BenchCatalog, benchMetadata } from "@/bench/plaza-route/shell";

/* app/bench-route-shaped/[store]/page.tsx in the bench's build: see layout.tsx beside it. */
export const dynamic = "force-dynamic";
export const metadata = benchMetadata;

export default async function RouteShapedCatalog({ params }: { params: Promise<{ store: string }> }) {
  await params;
  return <BenchCatalog />;
}
