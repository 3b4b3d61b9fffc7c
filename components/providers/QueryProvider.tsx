"use client";
import { useState } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";

/**
 * One react-query client per browser tab (never shared between requests on
 * the server). Pages that show interactive lists wrap their client part in it;
 * a single app-wide provider can replace this without changing the callers.
 */
export function QueryProvider({ children }: { children: React.ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        // The server page hands over fresh data; refetch only after a change or on focus.
        defaultOptions: { queries: { staleTime: 30_000, retry: 1 } },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
