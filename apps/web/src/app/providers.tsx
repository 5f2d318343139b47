import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { i18n } from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { ClockProvider, type Clock } from "../lib/clock";

export interface AppProvidersProps {
  queryClient: QueryClient;
  i18n: i18n;
  clock: Clock;
  children: ReactNode;
}

/** Everything a page needs around it; the app and the tests build it the same way. */
export function AppProviders({ queryClient, i18n, clock, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ClockProvider clock={clock}>{children}</ClockProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
