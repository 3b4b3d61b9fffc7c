"use client";

// The last line of defence: an unexpected error shows a calm page with a way
// on, never a stack trace. Details go to the server log (instrumentation.ts
// logs the digest shown here). A first page load that fails on the server
// gets the same words from scripts/calm-error-page.mjs, without JavaScript.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center px-6 py-20">
      <p className="text-sm font-semibold text-red-700">Something went wrong</p>
      <h1 className="mt-2 text-3xl font-bold">We could not show this page</h1>
      <p className="mt-4 text-zinc-600">
        This was our fault, not yours — often a short outage of our database that passes within a minute. Please try again shortly; if it keeps
        happening, contact support
        {error.digest ? (
          <>
            {" "}
            and mention the code <code className="rounded bg-zinc-100 px-1">{error.digest}</code>
          </>
        ) : null}
        .
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 w-fit rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700"
      >
        Try again
      </button>
    </main>
  );
}
