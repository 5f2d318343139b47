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
import { createActorResolver } from "./http/actor";
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
  /** Honour the interim X-Sambruk-User header until sign-in exists (ADR 8). */
  interimActorHeader: boolean;
  /** The shared-use rules' parameters per centre; omitted, the stored ones (the defaults when none are stored). */
  policyParameters?: PolicyParametersProvider;
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
  app.use(pinoHttp({ logger: deps.logger, genReqId: requestId, quietReqLogger: true }));

  const v1 = express.Router();
  v1.use("/health", healthRouter(deps));
  const prisma = deps.db.prisma;
  const actors = createActorResolver(createUsersRepository(prisma), { headerEnabled: deps.interimActorHeader });
  v1.use(catalogueRouter(createActivityTypesRepository(prisma), { reclassify: (change) => reclassifyActivityType(prisma, change) }, actors));
  v1.use("/centres", centresRouter(createCentresService(createCentresRepository(deps.db.prisma))));
  v1.use("/spaces", spacesRouter(createSpacesService(createSpacesRepository(deps.db.prisma))));
  v1.use("/availability", availabilityRouter(createAvailabilityService(createAvailabilityRepository(deps.db.prisma))));
  v1.use("/openapi.json", openApiRouter(deps.version));
  const policyParameters = createPolicyParametersRepository(deps.db.prisma);
  v1.use("/rules", rulesRouter(policyParameters, { replace: (change) => replaceParameters(prisma, change) }, actors));
  v1.use(
    "/bookings",
    createBookingsModule(deps.db, {
      interimActorHeader: deps.interimActorHeader,
      parameters: deps.policyParameters ?? storedParametersProvider(policyParameters),
    }),
  );

  app.use("/api", express.json({ limit: "100kb", strict: true }));
  app.use("/api/v1", v1);
  app.use("/api/docs", docsRouter());
  app.use("/api", apiRouteNotFound);
  if (deps.webDistDir) app.use(spaRouter(deps.webDistDir));
  app.use(problemHandler);
  return app;
}
