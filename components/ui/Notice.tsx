import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";
import { cn } from "@/lib/ui/cn";

const TONES = {
  success: { box: "border-green-200 bg-green-50 text-green-800", Icon: CircleCheck },
  error: { box: "border-red-200 bg-red-50 text-red-800", Icon: CircleAlert },
  warning: { box: "border-amber-200 bg-amber-50 text-amber-950", Icon: TriangleAlert },
  info: { box: "border-zinc-200 bg-white text-zinc-700", Icon: Info },
} as const;

export type NoticeTone = keyof typeof TONES;

/**
 * The one notice: an outcome or a state, in words, with an icon so colour is
 * never the only signal. An error is an alert (announced at once), anything
 * else a status (announced politely). `live={false}` for a notice that is part
 * of the page from the start and needs no announcing.
 */
export function Notice({
  tone = "info",
  title,
  children,
  className,
  live = true,
  ...rest
}: { tone?: NoticeTone; title?: React.ReactNode; children?: React.ReactNode; className?: string; live?: boolean } & Omit<React.HTMLAttributes<HTMLDivElement>, "title">) {
  const { box, Icon } = TONES[tone];
  const role = live ? (tone === "error" ? "alert" : "status") : undefined;
  return (
    <div role={role} className={cn("flex items-start gap-2 rounded-md border px-3 py-2 text-sm", box, className)} {...rest}>
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}
