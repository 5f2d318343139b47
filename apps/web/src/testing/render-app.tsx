import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { i18n } from "i18next";
import { createMemoryRouter, RouterProvider } from "react-router";
import { AppProviders } from "../app/providers";
import { createRoutes } from "../app/routes";
import { createI18n } from "../lib/i18n/create-i18n";
import { createQueryClient } from "../lib/query-client";

/** Thursday 12 March 2026, 10:30 in Oslo (UTC+1). */
export const THURSDAY_MORNING = new Date("2026-03-12T09:30:00Z");

interface RenderAppOptions {
  path?: string;
  now?: Date;
  /** A fresh instance reads the stored language, as a reload would. */
  i18n?: i18n;
}

/** Renders the whole app at `path` with a fresh QueryClient (no retries), a memory router and a fixed clock. */
export function renderApp({ path = "/", now = THURSDAY_MORNING, i18n = createI18n() }: RenderAppOptions = {}) {
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} i18n={i18n} clock={() => now}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, user, router, queryClient, i18n };
}
