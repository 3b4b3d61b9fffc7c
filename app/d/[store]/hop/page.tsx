import type { Metadata } from "next";
import { Card } from "@/components/ui/Card";
import { href, requestBase } from "@/lib/tenancy/request";
import { HopSignIn } from "./HopSignIn";

// The token is in the URL: never pass it on in a Referer header.
export const metadata: Metadata = { title: "Signing in", referrer: "no-referrer" };

export default async function HopPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = (await searchParams).token ?? "";
  const base = await requestBase();
  return (
    <Card title="Opening your dashboard">
      <HopSignIn token={token} next={href(base, "/")} loginUrl={href(base, "/login")} />
    </Card>
  );
}
