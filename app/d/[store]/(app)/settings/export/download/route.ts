import { exportDownload } from "@/lib/stores/transfer/http";

// Always per request: the archive is the store's data now, for this session.
export const dynamic = "force-dynamic";

/** GET: the store's export as a streamed zip (owners only, checked inside). */
export async function GET(_req: Request, { params }: { params: Promise<{ store: string }> }) {
  return exportDownload((await params).store);
}
