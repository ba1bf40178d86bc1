"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, Suspense, useState } from "react";
import { PersonalLoader, PersonalStateProvider } from "@/components/personal-state";

/**
 * react-query for client interactivity (mutations, previews) and for the reader's own state, which pages
 * rendered once for everyone leave out and `PersonalLoader` fetches after hydration.
 */
export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <PersonalStateProvider>
        {children}
        <Suspense fallback={null}>
          <PersonalLoader />
        </Suspense>
      </PersonalStateProvider>
    </QueryClientProvider>
  );
}
