import { importUpload } from "@/lib/stores/transfer/http";

export const dynamic = "force-dynamic";

/** POST: a zip (the raw request body) imported into this store if it is empty (owners only, checked inside). */
export async function POST(req: Request, { params }: { params: Promise<{ store: string }> }) {
  return importUpload((await params).store, req);
}
