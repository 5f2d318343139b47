// Records and set-up for the shared-use rule tests: classified activity types, bookers of each kind, a week to
// book in, and the app with injected rule parameters.
import { randomUUID } from "node:crypto";
import { addDays, defaultPolicyParameters, isoWeekdayOf, type LocalDate, type PolicyParameters } from "@sambruk/domain";
import type { Database } from "../db/database";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bookingsClient, type BookingsClient } from "./bookings-client";
import { factories, type Factories } from "./factories";
import { futureDay } from "./oslo-time";
import { startTestApp, type TestApp } from "./test-app";
import { openTestDatabase } from "./test-database";

type Sensitivity = "open" | "discreet" | "shielded" | "security";

export interface ActivityClass {
  sensitivity?: Sensitivity;
  tags?: string[];
  targeted?: boolean;
}

/** An activity type with the given classification. */
export async function classifiedActivity(prisma: PrismaClient, classification: ActivityClass): Promise<string> {
  const slug = `activity-${randomUUID().slice(0, 8)}`;
  const { id } = await prisma.activityType.create({
    data: { slug, nameNb: slug, nameNn: slug, nameEn: slug, ...classification },
    select: { id: true },
  });
  return id;
}

/** An organisation of the kind with one user who books for it. */
export async function booker(make: Factories, kind: "service_unit" | "volunteer_group", verified = true) {
  const organisationId = await make.organisation(kind, verified);
  const userId = await make.user(organisationId, kind === "volunteer_group" ? "coordinator" : "staff");
  return { organisationId, userId };
}

/** The Monday of a week at least `daysAhead` days away in Oslo. */
export function mondayAhead(daysAhead: number): LocalDate {
  const day = futureDay(daysAhead);
  return addDays(day, (8 - isoWeekdayOf(day)) % 7);
}

/** The defaults with some parts replaced. */
export function parametersWith(overrides: Partial<PolicyParameters>): PolicyParameters {
  return { ...defaultPolicyParameters, ...overrides };
}

/** Stores a centre's own rule parameters, as an admin would; any document, so nonsense can be tested too. */
export async function storeCentreParameters(prisma: PrismaClient, centreId: string, document: object): Promise<void> {
  const json = JSON.parse(JSON.stringify(document)) as Prisma.InputJsonObject;
  await prisma.policyParameters.create({ data: { centreId, document: json } });
}

export interface PolicySuite {
  db: Database;
  app: TestApp;
  make: Factories;
  api: BookingsClient;
}

/**
 * Like the booking suite, with the rule parameters the app runs on (omitted: the stored ones, as in
 * production). Call at the top of a test file.
 */
export function usePolicySuite(parameters?: PolicyParameters): PolicySuite {
  const fields: Partial<PolicySuite> = {};
  beforeAll(async () => {
    const db = await openTestDatabase();
    const app = await startTestApp(db, parameters ? { policyParameters: () => Promise.resolve(parameters) } : {});
    Object.assign(fields, { db, app, make: factories(db.prisma), api: bookingsClient(app, db) });
  });
  afterAll(async () => {
    await fields.app?.close();
    await fields.db?.close();
  });
  return new Proxy(fields, {
    get(target, key: keyof PolicySuite) {
      const value = target[key];
      if (value === undefined) throw new Error(`the policy suite is not set up yet (${String(key)})`);
      return value;
    },
  }) as PolicySuite;
}
