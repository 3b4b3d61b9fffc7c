import { findStoreBySlug } from "@/lib/tenancy/lookup";
import { readStoreImage } from "@/lib/storage/uploads";

/**
 * A store's uploaded image (product picture, logo), served from that store's
 * own folder only: the store comes from the route, re-resolved here, and the
 * name must be a generated one, so no path can reach another store's files.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ store: string; name: string }> }) {
  const { store: slug, name } = await params;
  const store = await findStoreBySlug(slug);
  const image = store && store.status === "active" ? await readStoreImage(store.id, name) : null;
  if (!image) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  return new Response(image.body, {
    headers: {
      "content-type": image.type,
      // Names are never reused (a new upload gets a new name), so the bytes never change.
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
