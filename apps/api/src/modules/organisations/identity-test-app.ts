// Tests only: the organisations and audit routers in a small app with the real sessions, actor resolver and CSRF
// guard, until app.ts mounts them (then the tests use the suite's app). Plus the people the tests act as.
import express from "express";
import { pinoHttp } from "pino-http";
import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import { DEFAULT_AUTH_CONFIG } from "../../config/auth-config";
import type { Database } from "../../db/database";
import { createActorResolver } from "../../http/actor";
import { csrfGuard } from "../../http/csrf";
import { problemHandler } from "../../http/error-handler";
import { createLogger } from "../../http/logger";
import { requestId } from "../../http/request-id";
import { createAuditRepository } from "../audit/audit.repository";
import { auditRouter } from "../audit/audit.router";
import { createSessions } from "../auth/sessions";
import { createSessionsRepository } from "../auth/sessions.repository";
import { createUsersRepository } from "../users/users.repository";
import { signIn, type TestSession } from "../../testing/sessions";
import { createOrganisationWrites } from "./organisation-writes.repository";
import { createOrganisationsRepository } from "./organisations.repository";
import { organisationsRouter } from "./organisations.router";

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface IdentityTestApp {
  call(method: string, path: string, session: TestSession | null, body?: unknown): Promise<Reply>;
  close(): Promise<void>;
}

export async function startIdentityTestApp(db: Database): Promise<IdentityTestApp> {
  const prisma = db.prisma;
  const sessions = createSessions(createSessionsRepository(prisma), { config: DEFAULT_AUTH_CONFIG, defaultActingFor: async () => null });
  const actors = createActorResolver(sessions, createUsersRepository(prisma));
  const app = express();
  app.use(pinoHttp({ logger: createLogger("silent"), genReqId: requestId, quietReqLogger: true }));
  app.use("/api", express.json(), csrfGuard(sessions));
  app.use("/api/v1/organisations", organisationsRouter({ actors, organisations: createOrganisationsRepository(prisma), writes: createOrganisationWrites(prisma) }));
  app.use("/api/v1/audit", auditRouter({ actors, audit: createAuditRepository(prisma) }));
  app.use(problemHandler);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    async call(method, path, session, body) {
      const headers = { ...(session?.headers ?? {}), ...(body === undefined ? {} : { "content-type": "application/json" }) };
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : null };
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** People to act as, each with a live session. */
export function people(db: Database) {
  const user = (data: { isAdmin?: boolean; frontDeskCentreIds?: string[] } = {}) =>
    db.prisma.user.create({
      data: {
        displayName: "Test person",
        isAdmin: data.isAdmin ?? false,
        frontDeskCentres: { create: (data.frontDeskCentreIds ?? []).map((centreId) => ({ centreId })) },
      },
      select: { id: true },
    });
  const signedIn = async (data?: Parameters<typeof user>[0]) => {
    const { id } = await user(data);
    return { id, session: await signIn(db, id) };
  };
  return {
    resident: () => signedIn(),
    host: (...centreIds: string[]) => signedIn({ frontDeskCentreIds: centreIds }),
    admin: () => signedIn({ isAdmin: true }),
  };
}
