import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins class names; a later Tailwind class wins over an earlier one of the same kind (a caller's px-2 replaces the default px-4). */
export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
