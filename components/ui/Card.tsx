/** A page's main box: used by the auth and status pages so they look alike. */
export function Card({ title, eyebrow, children }: { title: string; eyebrow?: string; children: React.ReactNode }) {
  return (
    <main className="mx-auto max-w-xl px-6 py-14">
      {eyebrow ? <p className="text-sm font-semibold text-indigo-700">{eyebrow}</p> : null}
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{title}</h1>
      <div className="mt-6 space-y-4">{children}</div>
    </main>
  );
}
