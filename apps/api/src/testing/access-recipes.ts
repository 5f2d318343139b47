// For each operationId, a request that makes sense for it in the access world, made fresh per call: writes that
// change state get records of their own (`before`), and `after` puts back what a call changed.
import { randomUUID } from "node:crypto";
import type { Database } from "../db/database";
import { insertGroupBooking, nextSlot, type AccessWorld } from "./access-world";
import { futureDay, osloIso } from "./oslo-time";
import { parametersWith } from "./policy-fixtures";
import { dropInAccessRecipes } from "./access-recipes-drop-ins";
import { seriesAccessRecipes } from "./access-recipes-series";
import { deskAccessRecipes } from "./access-recipes-desk";
import { notificationAccessRecipes } from "./access-recipes-notifications";
import { icalAccessRecipes } from "./access-recipes-ical";
import { waitlistAccessRecipes } from "./access-recipes-waitlist";
import { routePath, type RouteRequest } from "./route-call";

export interface AccessRecipe {
  /** Path parameters, query and body for the route's path template. */
  request(db: Database, world: AccessWorld): Promise<Omit<RouteRequest, "path"> & { params?: Record<string, string>; query?: Record<string, string> }>;
  /** Put back what the call changed, so later calls see the world as it was. */
  after?(db: Database, world: AccessWorld): Promise<void>;
  /** A 404 is the route's answer to the request (no such provider or demo user), not a hidden record. */
  missingIsAnswer?: true;
}

const NO_PROVIDER = "not-configured";
const window = () => ({ from: osloIso(futureDay(19), "00:00"), to: osloIso(futureDay(40), "00:00") });
const plain = (query?: Record<string, string>): AccessRecipe => ({ request: async () => (query ? { query } : {}) });
const bookingBody = (world: AccessWorld) => ({
  spaceId: world.roomId,
  organisationId: world.groupId,
  activityTypeId: world.activityTypeId,
  title: "Tilgangsprøve",
  expectedAttendees: 6,
  ...nextSlot(),
});

export const accessRecipes: Record<string, AccessRecipe> = {
  ...seriesAccessRecipes,
  ...dropInAccessRecipes,
  ...deskAccessRecipes,
  ...notificationAccessRecipes,
  ...icalAccessRecipes,
  ...waitlistAccessRecipes,
  getRules: { request: async (_db, world) => ({ query: { centreId: world.centreId } }) },
  listActivityTypes: plain(),
  getHealth: plain(),
  listCentres: plain(),
  getCentre: { request: async (_db, world) => ({ params: { id: world.centreId } }) },
  listSpaces: { request: async (_db, world) => ({ query: { centreId: world.centreId } }) },
  getSpace: { request: async (_db, world) => ({ params: { id: world.roomId } }) },
  getAvailability: { request: async (_db, world) => ({ query: { centreId: world.centreId, ...window() } }) },
  getOpenApiDocument: plain(),
  getAuthProviders: plain(),
  listDemoUsers: plain(),
  demoLogin: { request: async () => ({ body: { userId: randomUUID() } }), missingIsAnswer: true },
  getMe: plain(),
  setActingFor: { request: async (_db, world) => ({ body: { organisationId: world.groupId } }) },
  logout: plain(),
  listMyBookings: { request: async (_db, world) => ({ query: { organisationId: world.groupId } }) },
  startLogin: { request: async () => ({ params: { provider: NO_PROVIDER }, query: { returnTo: "/" } }), missingIsAnswer: true },
  completeLogin: { request: async () => ({ params: { provider: NO_PROVIDER }, query: { code: "x", state: "y" } }), missingIsAnswer: true },
  createBooking: { request: async (_db, world) => ({ headers: { "idempotency-key": randomUUID() }, body: bookingBody(world) }) },
  checkBooking: { request: async (_db, world) => ({ body: bookingBody(world) }) },
  listBookings: { request: async (_db, world) => ({ query: { centreId: world.centreId, ...window() } }) },
  getBooking: { request: async (_db, world) => ({ params: { id: world.bookingId } }) },
  updateBooking: {
    request: async (db, world) => {
      const { id, version } = await insertGroupBooking(db, world);
      return { params: { id }, headers: { "if-match": `"${version}"` }, body: { title: "Nytt navn" } };
    },
  },
  cancelBooking: {
    request: async (db, world) => ({ params: { id: (await insertGroupBooking(db, world)).id } }),
  },
  registerGroup: {
    request: async (_db, world) => ({
      body: { name: `Tilgangsgruppa ${randomUUID()}`, homeCentreId: world.elsewhereCentreId, contactPersons: [{ name: "Kari Nordmann", phone: "+47 912 34 567" }] },
    }),
    // The caller became coordinator of a group at home elsewhere; take that back so no role grows.
    after: async (db) => {
      await db.prisma.membership.deleteMany({ where: { organisation: { name: { startsWith: "Tilgangsgruppa " } } } });
    },
  },
  listOrganisations: { request: async (_db, world) => ({ query: { centreId: world.centreId } }) },
  getOrganisation: { request: async (_db, world) => ({ params: { id: world.groupId } }) },
  verifyOrganisation: {
    request: async (db, world) => {
      await db.prisma.organisation.update({ where: { id: world.groupId }, data: { verified: false } });
      return { params: { id: world.groupId } };
    },
    after: async (db, world) => {
      await db.prisma.organisation.update({ where: { id: world.groupId }, data: { verified: true } });
    },
  },
  listAuditEvents: { request: async (_db, world) => ({ query: { centreId: world.centreId } }) },
  replaceRules: { request: async (_db, world) => ({ query: { centreId: world.rulesCentreId }, body: parametersWith({}) }) },
  reclassifyActivityType: { request: async (_db, world) => ({ params: { id: world.spareActivityTypeId }, body: { targeted: true } }) },
  getProgramme: { request: async (_db, world) => ({ query: { centreId: world.centreId, ...window() } }) },
  getBookingContext: {
    request: async (_db, world) => ({
      params: { id: world.roomId },
      query: { organisationId: world.groupId, from: osloIso(futureDay(20), "00:00"), to: osloIso(futureDay(27), "00:00") },
    }),
  },
};

/** The request of the recipe for the route's path template. */
export async function accessRequest(recipe: AccessRecipe, template: string, db: Database, world: AccessWorld): Promise<RouteRequest> {
  const { params, query, ...rest } = await recipe.request(db, world);
  return { ...rest, path: routePath(template, params, query) };
}
