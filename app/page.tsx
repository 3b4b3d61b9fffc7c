import Link from "next/link";
import { listActiveStores } from "@/lib/stores/queries";
import { storefrontUrl } from "@/lib/tenancy/urls";
import { EmptyState } from "@/components/ui/EmptyState";

// The store list changes as applications are approved: render per request.
export const dynamic = "force-dynamic";

export default async function LandingPage() {
  const stores = await listActiveStores();
  return (
    <main>
      <section className="bg-gradient-to-b from-indigo-50 to-zinc-50">
        <div className="mx-auto max-w-5xl px-6 py-20">
          <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">Plaza</p>
          <h1 className="mt-3 max-w-2xl text-4xl font-bold tracking-tight sm:text-5xl">
            Your own store, on your own address, in minutes.
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-zinc-600">
            Plaza hosts storefronts for independent shops: a catalog, a cart and checkout for your customers, and a
            dashboard for your team. Apply for a store and we review it within a day.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link
              href="/signup"
              className="rounded-md bg-indigo-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-indigo-700"
            >
              Open a store
            </Link>
            <Link
              href="/login"
              className="rounded-md border border-zinc-300 bg-white px-5 py-2.5 font-semibold text-zinc-800 hover:bg-zinc-100"
            >
              Sign in
            </Link>
          </div>
        </div>
      </section>

      <section className="mx-auto max-w-5xl px-6 py-14" aria-labelledby="stores-heading">
        <h2 id="stores-heading" className="text-2xl font-semibold">
          Stores on Plaza
        </h2>
        {stores.length === 0 ? (
          <EmptyState className="mt-4">No stores are open yet. Be the first: open yours today.</EmptyState>
        ) : (
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {stores.map((store) => (
              <li key={store.slug}>
                <a
                  href={storefrontUrl(store.slug)}
                  className="block h-full rounded-lg border border-zinc-200 bg-white p-5 shadow-sm transition hover:border-indigo-300 hover:shadow"
                >
                  <span
                    aria-hidden
                    className="mb-3 block h-1.5 w-10 rounded-full"
                    style={{ backgroundColor: store.theme.primaryColor ?? "#4f46e5" }}
                  />
                  <span className="block text-lg font-semibold">{store.name}</span>
                  {store.theme.tagline ? <span className="mt-1 block text-sm text-zinc-600">{store.theme.tagline}</span> : null}
                  <span className="mt-3 block text-sm text-indigo-700">Visit {store.slug} →</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
