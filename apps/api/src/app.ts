import compression from "compression";
import express, { type Express } from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { Database } from "./db/database";
import { apiRouteNotFound, problemHandler } from "./http/error-handler";
import type { Logger } from "./http/logger";
import { requestId } from "./http/request-id";
import { spaRouter } from "./http/spa";
import type { PolicyParametersProvider } from "./modules/bookings/booking-policy";
import { createBookingsModule } from "./modules/bookings/bookings.module";
import { createSeriesModule } from "./modules/series/series.module";
import { createDropInsModule } from "./modules/drop-ins/drop-ins.module";
import { createDeskModule } from "./modules/desk/desk.module";
import { createWaitlistModule } from "./modules/waitlist/waitlist.module";
import { createOffersModule } from "./modules/offers/offers.module";
import { createIcalModule } from "./modules/ical/ical.module";
import { bookingContextRouter } from "./modules/booking-context/booking-context.router";
import { createProgrammeRepository } from "./modules/programme/programme.repository";
import { programmeRouter } from "./modules/programme/programme.router";
import { createProgrammeService } from "./modules/programme/programme.service";
import { createActorResolver } from "./http/actor";
import type { AuthConfig } from "./config/auth-config";
import { csrfGuard } from "./http/csrf";
import { rateLimit } from "./http/rate-limit";
import { authRouter } from "./modules/auth/auth.router";
import { oidcRouter, providerLogoutUrl } from "./modules/auth/oidc/oidc.router";
import { defaultActingFor } from "./modules/auth/me.mapper";
import { createRateLimitRepository } from "./modules/auth/rate-limit.repository";
import { createSessions } from "./modules/auth/sessions";
import { createSessionsRepository } from "./modules/auth/sessions.repository";
import { bookingsDeps } from "./modules/bookings/bookings.module";
import { myBookingsRouter } from "./modules/bookings/my-bookings.router";
import { createAuditRepository } from "./modules/audit/audit.repository";
import { auditRouter } from "./modules/audit/audit.router";
import { notificationsRouter } from "./modules/notifications/notifications.router";
import { createNotificationsRepository } from "./modules/notifications/notifications.repository";
import { configureNotifications } from "./modules/notifications/notify";
import { createOrganisationWrites } from "./modules/organisations/organisation-writes.repository";
import { createOrganisationsRepository } from "./modules/organisations/organisations.repository";
import { organisationsRouter } from "./modules/organisations/organisations.router";
import { reclassifyActivityType } from "./modules/catalogue/activity-type-writes.repository";
import { createActivityTypesRepository } from "./modules/catalogue/activity-types.repository";
import { catalogueRouter } from "./modules/catalogue/catalogue.router";
import { createCentresRepository } from "./modules/centres/centres.repository";
import { centresRouter } from "./modules/centres/centres.router";
import { createCentresService } from "./modules/centres/centres.service";
import { healthRouter, type MigrationSnapshot } from "./modules/health/health.router";
import { createAvailabilityRepository } from "./modules/availability/availability.repository";
import { availabilityRouter } from "./modules/availability/availability.router";
import { createAvailabilityService } from "./modules/availability/availability.service";
import { storedParametersProvider } from "./modules/rules/parameters-in-force";
import { createPolicyParametersRepository } from "./modules/rules/policy-parameters.repository";
import { replaceParameters } from "./modules/rules/policy-parameters-writes.repository";
import { rulesRouter } from "./modules/rules/rules.router";
import { createUsersRepository } from "./modules/users/users.repository";
import { createSpacesRepository } from "./modules/spaces/spaces.repository";
import { spacesRouter } from "./modules/spaces/spaces.router";
import { createSpacesService } from "./modules/spaces/spaces.service";
import { docsRouter } from "./openapi/docs.router";
import { openApiRouter } from "./openapi/openapi.router";

export interface AppDeps {
  db: Database;
  logger: Logger;
  version: string;
  migrations: () => MigrationSnapshot;
  /** Sign-in: demo login, OIDC providers, session lifetimes, rate limits. */
  auth: AuthConfig;
  /** The shared-use rules' parameters per centre; omitted, the stored ones (the defaults when none are stored). */
  policyParameters?: PolicyParametersProvider;
  /** The clock the booking rules count notice and horizon from; omitted, the system clock. */
  now?: () => Date;
  /** Directory of the built web app; omitted, only the API is served. */
  webDistDir?: string;
}

/** Builds the HTTP application; listening is the server's business. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  // HSTS and the upgrade of insecure requests belong to the TLS-terminating proxy in front of Sambruk.
  app.use(
    helmet({
      strictTransportSecurity: false,
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    }),
  );
  // Compressed answers (the built app's scripts shrink about fivefold), for clients that ask for them.
  app.use(compression());
  app.use(pinoHttp({ logger: deps.logger, genReqId: requestId, quietReqLogger: true }));

  const v1 = express.Router();
  v1.use("/health", healthRouter(deps));
  const prisma = deps.db.prisma;
  const users = createUsersRepository(prisma);
  const sessions = createSessions(createSessionsRepository(prisma), {
    config: deps.auth,
    defaultActingFor: async (userId) => defaultActingFor(await users.findPrincipal(userId)),
  });
  const actors = createActorResolver(sessions, users);
  const limits = createRateLimitRepository(prisma);
  const loginLimiter = rateLimit(limits, { key: (req) => `login:${req.ip ?? "unknown"}`, perMinute: deps.auth.rateLimits.loginPerMinute });
  const writeLimit = rateLimit(limits, {
    key: async (req) => {
      const actor = await actors.optional(req);
      return actor ? `write:${actor.userId}` : null;
    },
    perMinute: deps.auth.rateLimits.writesPerMinute,
  });
  const oidc = { providers: deps.auth.providers, publicUrl: deps.auth.publicUrl };
  v1.use("/auth", authRouter({ config: deps.auth, sessions, actors, users, loginLimiter, providerLogoutUrl: (ended) => providerLogoutUrl(oidc, ended) }));
  v1.use("/auth", oidcRouter({ ...oidc, sessions, db: prisma, loginLimiter }));
  v1.use(catalogueRouter(createActivityTypesRepository(prisma), { reclassify: (change) => reclassifyActivityType(prisma, change) }, actors));
  v1.use("/centres", centresRouter(createCentresService(createCentresRepository(deps.db.prisma))));
  v1.use("/spaces", spacesRouter(createSpacesService(createSpacesRepository(deps.db.prisma))));
  v1.use("/availability", availabilityRouter(createAvailabilityService(createAvailabilityRepository(deps.db.prisma))));
  v1.use("/openapi.json", openApiRouter(deps.version));
  const policyParameters = createPolicyParametersRepository(deps.db.prisma);
  v1.use("/rules", rulesRouter(policyParameters, { replace: (change) => replaceParameters(prisma, change) }, actors));
  const waitlist = { offerMinutes: deps.auth.waitlist.offerMinutes, publicUrl: deps.auth.publicUrl };
  const bookingOptions = { actors, writeLimit, parameters: deps.policyParameters ?? storedParametersProvider(policyParameters), publicUrl: deps.auth.publicUrl, waitlist, ...(deps.now ? { now: deps.now } : {}) };
  v1.use("/bookings", createBookingsModule(deps.db, bookingOptions));
  v1.use("/series", createSeriesModule(deps.db, bookingOptions));
  v1.use("/waitlist", createWaitlistModule(deps.db, bookingOptions));
  v1.use("/me", myBookingsRouter(bookingsDeps(deps.db, bookingOptions), actors));
  v1.use("/spaces", bookingContextRouter(bookingsDeps(deps.db, bookingOptions), actors));
  v1.use("/programme", programmeRouter(createProgrammeService(createProgrammeRepository(prisma))));
  v1.use(createDropInsModule(deps.db, { actors, limits, config: deps.auth }));
  v1.use(createDeskModule(deps.db, { actors, writeLimit, publicUrl: deps.auth.publicUrl, now: deps.now, parameters: bookingOptions.parameters }));
  v1.use("/offers", createOffersModule(deps.db, { publicUrl: deps.auth.publicUrl, now: deps.now }));
  v1.use("/ical", createIcalModule(deps.db, { actors, writeLimit, publicUrl: deps.auth.publicUrl, ...(deps.now ? { now: deps.now } : {}) }));
  v1.use("/organisations", organisationsRouter({ actors, organisations: createOrganisationsRepository(prisma), writes: createOrganisationWrites(prisma) }));
  v1.use("/audit", auditRouter({ actors, audit: createAuditRepository(prisma) }));
  configureNotifications({ publicUrl: deps.auth.publicUrl });
  v1.use("/notifications", notificationsRouter({ actors, notifications: createNotificationsRepository(prisma), publicUrl: deps.auth.publicUrl, ...(deps.now ? { now: deps.now } : {}) }));

  app.use("/api", express.json({ limit: "100kb", strict: true }));
  app.use("/api", csrfGuard(sessions));
  app.use("/api/v1", v1);
  app.use("/api/docs", docsRouter());
  app.use("/api", apiRouteNotFound);
  if (deps.webDistDir) app.use(spaRouter(deps.webDistDir));
  app.use(problemHandler);
  return app;
}
