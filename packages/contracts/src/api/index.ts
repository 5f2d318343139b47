// The API's routes as data: what each endpoint takes and answers, with the contracts' schemas. The API
// generates its OpenAPI document from this, and a test holds it to the routes the API really serves.
import { adminRoutes } from "./routes-admin";
import { auditRoutes } from "./routes-audit";
import { authRoutes } from "./routes-auth";
import { oidcRoutes } from "./routes-oidc";
import { organisationRoutes } from "./routes-organisations";
import { bookingRoutes } from "./routes-bookings";
import { calendarFeedRoutes } from "./routes-calendar-feeds";
import { clientRoutes } from "./routes-client";
import { dropInRoutes } from "./routes-drop-ins";
import { deskRoutes } from "./routes-desk";
import { deskMoveRoutes } from "./routes-desk-moves";
import { waitlistRoutes } from "./routes-waitlist";
import { seriesRoutes } from "./routes-series";
import { referenceRoutes } from "./routes-reference";
import { notificationRoutes } from "./routes-notifications";
import type { ApiRoute } from "./route";

export * from "./headers";
export * from "./route";
export * from "./schemas";
export { SeriesChangedProblem, SeriesMisfitsProblem } from "./routes-series";
export { BumpRefusedProblem } from "./routes-desk-moves";

export const apiRoutes: readonly ApiRoute[] = [...referenceRoutes, ...authRoutes, ...oidcRoutes, ...bookingRoutes, ...organisationRoutes, ...auditRoutes, ...adminRoutes, ...clientRoutes, ...seriesRoutes, ...dropInRoutes, ...calendarFeedRoutes, ...deskRoutes, ...deskMoveRoutes, ...waitlistRoutes, ...notificationRoutes];
