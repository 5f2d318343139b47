// Authorisation-matrix recipes for the front desk's routes (see access-recipes.ts). Each decision gets a busy-only
// request of the group in an hour of its own; the block is a dry run, so no closure reaches the other recipes.
import { formatLocalDate } from "@sambruk/domain";
import type { Database } from "../db/database";
import { hashToken, newToken } from "../modules/auth/session-token";
import type { AccessRecipe } from "./access-recipes";
import { insertGroupBooking, nextSlot, type AccessWorld } from "./access-world";
import { futureDay, osloIso } from "./oslo-time";

/** A requested busy-only booking of the group, made by its coordinator, in a slot of its own. */
async function insertGroupRequest(db: Database, world: AccessWorld): Promise<string> {
  const { start, end } = nextSlot();
  const { id } = await db.prisma.booking.create({
    data: {
      spaceId: world.roomId,
      organisationId: world.groupId,
      bookedById: world.users.coordinator,
      activityTypeId: world.activityTypeId,
      title: "Lukket forespørsel",
      expectedAttendees: 6,
      startsAt: new Date(start),
      endsAt: new Date(end),
      status: "requested",
      visibility: "busy_only",
      source: "api",
      bookerKind: "volunteer_group",
    },
    select: { id: true },
  });
  return id;
}

let moveSlot = 0;

/**
 * A free hour of the room for the moves, walk-ins and offers, which each take more than one: from day 60 on, apart
 * from the hours nextSlot hands out (and past the holidays that end the year).
 */
function freeHour(): { start: string; end: string } {
  const n = moveSlot++;
  const hour = String(8 + (n % 14)).padStart(2, "0");
  const day = futureDay(60 + Math.floor(n / 14));
  return { start: osloIso(day, `${hour}:00`), end: osloIso(day, `${hour}:45`) };
}

/** A busy-only booking of the group, made by its coordinator, in the hour. */
async function insertGroupBookingAt(db: Database, world: AccessWorld, hour: { start: string; end: string }, status: "confirmed" | "bumped" = "confirmed"): Promise<string> {
  const { id } = await db.prisma.booking.create({
    data: {
      spaceId: world.roomId,
      organisationId: world.groupId,
      bookedById: world.users.coordinator,
      activityTypeId: world.activityTypeId,
      title: "Lukket møte",
      expectedAttendees: 6,
      startsAt: new Date(hour.start),
      endsAt: new Date(hour.end),
      status,
      visibility: "busy_only",
      source: "api",
      bookerKind: "volunteer_group",
    },
    select: { id: true },
  });
  return id;
}

export const deskAccessRecipes: Record<string, AccessRecipe> = {
  listDeskOrganisations: { request: async () => ({}) },
  getDeskDay: { request: async (_db, world) => ({ params: { id: world.centreId }, query: { date: formatLocalDate(futureDay(20)) } }) },
  getDeskQueue: { request: async (_db, world) => ({ params: { id: world.centreId } }) },
  approveBooking: { request: async (db, world) => ({ params: { id: await insertGroupRequest(db, world) }, headers: { "if-match": '"1"' } }) },
  rejectBooking: {
    request: async (db, world) => ({ params: { id: await insertGroupRequest(db, world) }, headers: { "if-match": '"1"' }, body: { reason: "Tilgangsprøve" } }),
  },
  requestBookingChange: {
    request: async (db, world) => ({ params: { id: await insertGroupRequest(db, world) }, headers: { "if-match": '"1"' }, body: { message: "Tilgangsprøve" } }),
  },
  // Weeks ahead: outside the check-in window, so whoever may gets 409 and nothing changes.
  checkInAtDesk: { request: async (db, world) => ({ params: { id: (await insertGroupBooking(db, world)).id } }) },
  // With the link's token anyone may; the window answers (409).
  checkInWithToken: {
    request: async (db, world) => {
      const token = newToken();
      const { id } = await insertGroupBooking(db, world);
      await db.prisma.booking.update({ where: { id }, data: { checkInTokenHash: hashToken(token) } });
      return { params: { id }, query: { token } };
    },
  },
  createBlock: {
    request: async (_db, world) => ({ body: { centreId: world.centreId, ...nextSlot(), reason: "Tilgangsprøve", dryRun: true } }),
  },
  getDeskAlternatives: { request: async (_db, world) => ({ params: { id: world.bookingId } }) },
  // Each call moves a fresh booking of the group to a free hour of its own.
  moveBookingAtDesk: {
    request: async (db, world) => ({
      params: { id: await insertGroupBookingAt(db, world, freeHour()) },
      headers: { "if-match": '"1"' },
      body: { spaceId: world.roomId, ...freeHour(), reason: "Tilgangsprøve" },
    }),
  },
  createDeskBooking: {
    request: async (_db, world) => ({
      body: { spaceId: world.roomId, organisationId: world.groupId, activityTypeId: world.activityTypeId, title: "Tilgangsprøve", expectedAttendees: 6, ...freeHour() },
    }),
  },
  // With the link's token anyone may; each call gets an offer of its own.
  getOffer: { request: async (db, world) => insertOffer(db, world) },
  acceptOffer: { request: async (db, world) => insertOffer(db, world) },
};

/** A bumped booking of the group with one offer of a free hour, and the link's token. */
async function insertOffer(db: Database, world: AccessWorld): Promise<{ params: { id: string }; query: { token: string } }> {
  const token = newToken();
  const was = freeHour();
  const bookingId = await insertGroupBookingAt(db, world, was, "bumped");
  const { start, end } = freeHour();
  const offer = await db.prisma.bookingOffer.create({
    data: { bookingId, kind: "same_centre", rank: 1, spaceId: world.roomId, startsAt: new Date(start), endsAt: new Date(end), tokenHash: hashToken(token), expiresAt: new Date(was.start) },
    select: { id: true },
  });
  return { params: { id: offer.id }, query: { token } };
}
