import { Card } from "@/components/ui/Card";
import { SignOutButton } from "@/components/auth/SignOutButton";
import type { StoreAccess } from "@/lib/access/store";

/** The clear page for someone signed in who may not enter this dashboard (never the dashboard itself). */
export function AccessDenied({ access, joinUrl }: { access: Extract<StoreAccess, { kind: "denied" }>; joinUrl: string }) {
  const { store, membership } = access;
  const status = membership?.status;
  const [title, text] =
    status === "pending"
      ? ["Your request is awaiting approval", `The owners of ${store.name} have not decided on your request yet. We will email you when they do.`]
      : status === "rejected"
        ? ["Your request was not approved", `The owners of ${store.name} declined your request to join.`]
        : status === "removed"
          ? ["You no longer have access", `You were removed from ${store.name}.`]
          : ["You are not a member of this store", `Your account is not a member of ${store.name}.`];
  return (
    <Card eyebrow={store.name} title={title}>
      <p className="text-zinc-700">{text}</p>
      {membership?.reason ? <p className="rounded-md bg-zinc-100 px-3 py-2 text-zinc-800">Reason: {membership.reason}</p> : null}
      {!membership ? (
        <p>
          <a className="text-indigo-700 underline" href={joinUrl}>Ask to join {store.name}</a>
        </p>
      ) : null}
      <p className="text-sm text-zinc-600">Signed in as {access.user.email}.</p>
      <SignOutButton />
    </Card>
  );
}
