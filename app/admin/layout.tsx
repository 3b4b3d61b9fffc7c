import type { Metadata } from "next";
import { NavLinks } from "@/components/ui/NavLinks";
import { Card } from "@/components/ui/Card";
import { LoginForm } from "@/components/auth/LoginForm";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { SkipLink } from "@/components/ui/SkipLink";
import { Toaster } from "@/components/ui/sonner";
import { currentUser } from "@/lib/auth/session";
import { authorizePlatform } from "@/lib/access/platform";
import { href, requestBase } from "@/lib/tenancy/request";

export const metadata: Metadata = { title: { default: "Console", template: "%s · Plaza console" } };

/**
 * The platform console frame (admin.ROOT and ROOT/admin). Platform admins
 * only, read from the database; each page and action checks again.
 */
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const base = await requestBase();
  const user = await currentUser();
  const decision = await authorizePlatform(user);
  if (!user) {
    return (
      <Card eyebrow="Plaza console" title="Sign in">
        <LoginForm next={href(base, "/")} />
      </Card>
    );
  }
  if (!decision.ok) {
    return (
      <Card eyebrow="Plaza console" title="Not allowed">
        <p className="text-zinc-700">The console is for Plaza&apos;s platform admins. You are signed in as {user.email}.</p>
        <SignOutButton to={href(base, "/")} />
      </Card>
    );
  }
  const nav = [
    { path: "/overview", label: "Overview" },
    { path: "/stores", label: "Stores" },
    { path: "/", label: "Store applications" },
    { path: "/catalog", label: "Master catalog" },
    { path: "/health", label: "Health" },
    { path: "/mailbox", label: "Mailbox" },
    { path: "/audit", label: "Audit log" },
    { path: "/api-keys", label: "API keys" },
    { path: "/webhooks", label: "Webhooks" },
  ];
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="border-b border-zinc-800 bg-zinc-900 text-white">
        {/* Two rows, as in the store dashboard: the console's ten sections fit under the account instead of pushing it down. */}
        <div className="mx-auto max-w-6xl px-6 pt-3">
          <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
            <span className="font-bold">Plaza console</span>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-zinc-300">
              <span>{user.email}</span>
              <SignOutButton to={href(base, "/")} tone="dark" />
            </div>
          </div>
          <div className="py-2">
            <NavLinks items={nav.map((item) => ({ href: href(base, item.path), label: item.label }))} label="Console" tone="dark" />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-6 py-8 focus:outline-none">{children}</main>
      <Toaster />
    </div>
  );
}
