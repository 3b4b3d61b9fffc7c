import { platformAdminForHandler } from "@/lib/access/platform";
import { readCatalogImage } from "@/lib/catalog/master-images";

/** A master catalog image, for the console's own pages: platform admins only. */
export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const user = await platformAdminForHandler();
  const image = user ? await readCatalogImage((await params).name) : null;
  if (!image) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  return new Response(image.body, {
    headers: {
      "content-type": image.type,
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
