import type { QueryClient } from "@tanstack/react-query";
import type { RouteObject } from "react-router";
import { LoadingState } from "../components/ui/loading-state";
import { RootLayout } from "./layout/root-layout";
import { centreLoader, centresLoader, loginLoader } from "./loaders";
import { CentreError, CentreLoading, CentrePage } from "./routes/centre-page";
import { CentresError, CentresLoading, CentresPage } from "./routes/centres-page";
import { LoginError, LoginLoading, LoginPage } from "./routes/login-page";
import { NotFoundPage } from "./routes/not-found-page";
import { RouteErrorPage } from "./routes/route-error-page";

/** The client routes. Each data route has its own loading (first load) and error (with retry) element. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <RootLayout />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            {
              index: true,
              loader: centresLoader(queryClient),
              element: <CentresPage />,
              hydrateFallbackElement: <CentresLoading />,
              errorElement: <CentresError />,
            },
            {
              path: "sentre/:id",
              loader: centreLoader(queryClient),
              element: <CentrePage />,
              hydrateFallbackElement: <CentreLoading />,
              errorElement: <CentreError />,
            },
            {
              path: "logg-inn",
              loader: loginLoader(queryClient),
              element: <LoginPage />,
              hydrateFallbackElement: <LoginLoading />,
              errorElement: <LoginError />,
            },
            {
              path: "mine-bookinger",
              lazy: async () => ({ Component: (await import("./routes/my-bookings-page")).MyBookingsPage }),
              hydrateFallbackElement: <LoadingState />,
            },
            // Loaded on demand, each in its own chunk: the calendar's code only on the calendar routes.
            { path: "program", lazy: () => import("./routes/programme-page"), hydrateFallbackElement: <LoadingState /> },
            { path: "finn-rom", lazy: () => import("./routes/find-room-page"), hydrateFallbackElement: <LoadingState /> },
            { path: "book", lazy: () => import("./routes/book-page"), hydrateFallbackElement: <LoadingState /> },
            { path: "serie/:id", lazy: () => import("./routes/series-page"), hydrateFallbackElement: <LoadingState /> },
            { path: "drop-in/:id", lazy: () => import("./routes/drop-in-page"), hydrateFallbackElement: <LoadingState /> },
            { path: "avbestill-time/:id", lazy: () => import("./routes/cancel-appointment-page"), hydrateFallbackElement: <LoadingState /> },
            { path: "sjekk-inn/:id", lazy: () => import("./routes/check-in-page"), hydrateFallbackElement: <LoadingState /> },
            { path: "tilbud/:id", lazy: () => import("./routes/offer-page"), hydrateFallbackElement: <LoadingState /> },
            { path: "varsler", lazy: () => import("./routes/notifications-page"), hydrateFallbackElement: <LoadingState /> },
            { path: "timeavtaler", lazy: () => import("./routes/appointments-page"), hydrateFallbackElement: <LoadingState /> },
            { path: "vertskap", lazy: () => import("./routes/desk-page"), hydrateFallbackElement: <LoadingState /> },
            { path: "tilgjengelighet", lazy: () => import("./routes/accessibility-page"), hydrateFallbackElement: <LoadingState /> },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
