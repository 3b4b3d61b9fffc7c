import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/log";
import { platformAdminForHandler } from "@/lib/access/platform";
import { findStore } from "@/lib/console/stores";
import { exportStore } from "@/lib/stores/transfer/export";

/**
 * The console's "Download export": the store's data as a zip, streamed while
 * PostgreSQL reads it (lib/stores/transfer/export.ts), so a large store never
 * sits in memory. Platform admins only, checked here (a route handler has no
 * layout in front of it); the download is audited before the first byte.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await platformAdminForHandler();
  if (!user) return new Response("Not found", { status: 404 });
  const store = await findStore(db(), (await params).slug);
  if (!store) return new Response("Not found", { status: 404 });
  await recordAudit(db(), { storeId: store.id, actorUserId: user.id, action: "store.exported", targetType: "store", targetId: store.slug, data: { by: "console" } });

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      exportStore(db().$client, store.id, (chunk) => controller.enqueue(chunk)).then(
        () => controller.close(),
        (err: unknown) => controller.error(err),
      );
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${store.slug}-export-${day}.zip"`,
      "cache-control": "no-store",
    },
  });
}
