"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import dynamic from "next/dynamic";
import { getQueryClient } from "@/components/query/get-query-client";
import { useToastsWanted } from "@/components/toast";

const Toaster = dynamic(() => import("sonner").then((m) => m.Toaster), { ssr: false });

export function Providers({ children }: { children: ReactNode }) {
  // Not useState: if rendering suspends before the first commit, React would drop the state and make a second client.
  const queryClient = getQueryClient();
  const toasts = useToastsWanted();
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      {toasts && <Toaster position="bottom-right" closeButton />}
    </QueryClientProvider>
  );
}
