import { Slot } from "radix-ui";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "@/lib/ui/cn";

/**
 * The one button (shadcn/ui's, in Plaza's indigo and zinc). `danger` is for
 * destructive actions, `dangerOutline` for the same inside a table row, `store`
 * takes the storefront's own colour (--store-primary).
 */
export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-md text-sm font-semibold transition-colors focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 disabled:cursor-not-allowed disabled:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        primary: "bg-indigo-600 text-white shadow-sm hover:bg-indigo-700",
        danger: "bg-red-600 text-white shadow-sm hover:bg-red-700 focus-visible:ring-red-500",
        dangerOutline: "border border-red-300 bg-white font-medium text-red-700 hover:bg-red-50 focus-visible:ring-red-500",
        secondary: "border border-zinc-300 bg-white text-zinc-800 shadow-sm hover:bg-zinc-100",
        ghost: "text-zinc-700 hover:bg-zinc-100",
        link: "font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900",
        store: "bg-(--store-primary) text-white shadow-sm hover:opacity-90 focus-visible:ring-(--store-primary)",
        storeSecondary: "border border-zinc-300 bg-white font-medium text-zinc-800 hover:bg-zinc-50",
        storeLink: "font-medium text-zinc-600 underline underline-offset-2 hover:text-zinc-900",
      },
      size: {
        default: "px-4 py-2",
        sm: "px-3 py-1",
        lg: "px-5 py-2.5 text-base",
        icon: "size-8 p-0",
        none: "p-0",
      },
    },
    compoundVariants: [
      { variant: ["link", "storeLink"], className: "px-0 py-0" },
    ],
    defaultVariants: { variant: "primary", size: "default" },
  },
);

export type ButtonVariant = NonNullable<VariantProps<typeof buttonVariants>["variant"]>;

export function Button({
  className,
  variant,
  size,
  asChild = false,
  ...props
}: React.ComponentProps<"button"> & VariantProps<typeof buttonVariants> & { asChild?: boolean }) {
  const Comp = asChild ? Slot.Root : "button";
  return <Comp data-slot="button" className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
