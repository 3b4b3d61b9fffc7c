import "server-only";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/accounts";

/** Every console page calls this itself: the layout's check alone is not enough. */
export async function requirePlatformAdmin(): Promise<Actor> {
  const user = await currentUser();
  if (!user?.isPlatformAdmin) notFound();
  return user;
}
