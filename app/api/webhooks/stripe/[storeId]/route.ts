import { NextResponse, type NextRequest } from "next/server";
import { handleStripeWebhook } from "@/lib/commerce/stripe-webhook";
import { db } from "@/lib/db/client";

/**
 * A store's Stripe webhook endpoint: https://{root}/api/webhooks/stripe/{store id}
 * (shown on the store's payment settings). The raw body is verified with the
 * store's own signing secret (lib/commerce/stripe-webhook.ts). Stripe retries
 * any non-2xx answer, so a failure here is answered 503 and delivered again.
 */
const MAX_BODY = 512 * 1024;

export async function POST(req: NextRequest, { params }: { params: Promise<{ storeId: string }> }) {
  const { storeId } = await params;
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > MAX_BODY) return NextResponse.json({ received: false, error: "Payload too large." }, { status: 413 });
  const payload = await req.text();
  if (payload.length > MAX_BODY) return NextResponse.json({ received: false, error: "Payload too large." }, { status: 413 });
  try {
    const result = await handleStripeWebhook(db(), storeId, payload, req.headers.get("stripe-signature"));
    return NextResponse.json(result.body, { status: result.status, headers: { "cache-control": "no-store" } });
  } catch (err) {
    console.error("[stripe webhook] failed", err instanceof Error ? err.message : err);
    return NextResponse.json({ received: false, error: "Temporarily unable to process this event; deliver it again." }, { status: 503 });
  }
}
