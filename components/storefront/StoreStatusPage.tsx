import type { StoreRef } from "@/lib/tenancy/lookup";

/** What a visitor sees instead of a store that is not open (pending, suspended, rejected). */
export function StoreStatusPage({ store }: { store: Pick<StoreRef, "name" | "status"> }) {
  const pending = store.status === "pending";
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center px-6 py-20">
      <p className="text-sm font-semibold text-amber-700">{pending ? "Awaiting approval" : "Temporarily unavailable"}</p>
      <h1 className="mt-2 text-3xl font-bold">{pending ? `${store.name} is not open yet` : `${store.name} is temporarily unavailable`}</h1>
      <p className="mt-4 text-zinc-600">
        {pending
          ? "This store has applied to open on Plaza and is awaiting approval. Please come back soon."
          : "This store is not taking visitors right now. Please try again later."}
      </p>
    </main>
  );
}
