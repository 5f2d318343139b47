import type { QueryClient } from "@tanstack/react-query";
import type { i18n } from "i18next";
import { useState } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import type { Clock } from "../lib/clock";
import { AppProviders } from "./providers";
import { createRoutes } from "./routes";

export interface AppProps {
  queryClient: QueryClient;
  i18n: i18n;
  clock: Clock;
}

export function App({ queryClient, i18n, clock }: AppProps) {
  const [router] = useState(() => createBrowserRouter(createRoutes(queryClient)));
  return (
    <AppProviders queryClient={queryClient} i18n={i18n} clock={clock}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
