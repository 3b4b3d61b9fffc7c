import "server-only";
import { headers } from "next/headers";

/**
 * The viewer's locale from Accept-Language: the first tag this runtime can
 * format, else en-US. Read on the server so the first render already shows
 * the viewer's format (the browser's navigator.language would differ only
 * after hydration and make the dates jump).
 */
export async function viewerLocale(): Promise<string> {
  return pickLocale((await headers()).get("accept-language"));
}

export function pickLocale(header: string | null | undefined): string {
  const tags = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag?.trim() ?? "", q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((t) => t.tag && t.tag !== "*" && t.tag.length <= 35 && Number.isFinite(t.q) && t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // A malformed tag (RangeError): try the next one.
    }
  }
  return "en-US";
}
