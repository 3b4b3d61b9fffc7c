import { db } from "@/lib/db/client";
import { platformAdminForHandler } from "@/lib/access/platform";
import { moveStatus } from "@/lib/console/placement";
import { findStore } from "@/lib/console/stores";

export const dynamic = "force-dynamic";

/** The progress of this store's move running anywhere (any instance, the CLI), polled by the store page while its Move request is open. Platform admins only. */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await platformAdminForHandler();
  if (!user) return new Response("Not found", { status: 404 });
  const store = await findStore(db(), (await params).slug);
  if (!store) return new Response("Not found", { status: 404 });
  return Response.json(await moveStatus(db(), store.id), { headers: { "cache-control": "no-store" } });
}
