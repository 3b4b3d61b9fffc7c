"use client";

import "./globals.css";

// When the root layout itself fails (on a client-side navigation; a first
// page load gets scripts/calm-error-page.mjs from the server instead): the
// same calm words as app/error.tsx, inside its own <html>, never a stack.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-50 font-sans text-zinc-900 antialiased">
        <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center px-6 py-20">
          <p className="text-sm font-semibold text-red-700">Something went wrong</p>
          <h1 className="mt-2 text-3xl font-bold">We could not show this page</h1>
          <p className="mt-4 text-zinc-600">
            This was our fault, not yours — often a short outage of our database that passes within a minute. Please try again shortly
            {error.digest ? (
              <>
                ; if it keeps happening, contact support and mention the code <code className="rounded bg-zinc-100 px-1">{error.digest}</code>
              </>
            ) : null}
            .
          </p>
          {/* A plain link reloads the page from the server: works even when the client app is broken. */}
          <a href="" className="mt-6 w-fit rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700">
            Try again
          </a>
        </main>
      </body>
    </html>
  );
}
