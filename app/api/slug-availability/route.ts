import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { slugTaken } from "@/lib/stores/applications";
import { slugSchema } from "@/lib/tenancy/slug";

/**
 * Live check for the signup form: { available, message }. Read-only and
 * answers only about the slug asked, so it reveals nothing a visit to
 * {slug}.ROOT would not. Never cached: a slug can be taken at any moment.
 */
export async function GET(req: NextRequest) {
  const parsed = slugSchema.safeParse(req.nextUrl.searchParams.get("slug") ?? "");
  if (!parsed.success) {
    return NextResponse.json({ available: false, message: parsed.error.issues[0]?.message ?? "Invalid address." }, { headers: { "cache-control": "no-store" } });
  }
  const taken = await slugTaken(db(), parsed.data);
  return NextResponse.json(
    { available: !taken, slug: parsed.data, message: taken ? "This address is already taken. Please choose another." : "This address is available." },
    { headers: { "cache-control": "no-store" } },
  );
}
