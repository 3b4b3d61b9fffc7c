import { headers } from "next/headers";

// One 404 page for every host. The proxy marks misses on store hosts so the
// page can say "store not found" rather than a generic message.
export default async function NotFound() {
  const kind = (await headers()).get("x-plaza-not-found");
  const isStore = kind === "store";
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center px-6 py-20">
      <p className="text-sm font-semibold text-indigo-700">404</p>
      <h1 className="mt-2 text-3xl font-bold">{isStore ? "Store not found" : "Page not found"}</h1>
      <p className="mt-4 text-zinc-600">
        {isStore
          ? "There is no store at this address. Check the spelling, or the store may have moved."
          : "We could not find the page you asked for."}
      </p>
    </main>
  );
}
