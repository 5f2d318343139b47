// Authorisation-matrix recipes for the front desk's routes (see access-recipes.ts). Each decision gets a busy-only
// request of the group in an hour of its own; the block is a dry run, so no closure reaches the other recipes.
import { formatLocalDate } from "@sambruk/domain";
import type { Database } from "../db/database";
import { hashToken, newToken } from "../modules/auth/session-token";
import type { AccessRecipe } from "./access-recipes";
import { insertGroupBooking, nextSlot, type AccessWorld } from "./access-world";
import { futureDay } from "./oslo-time";

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

export const deskAccessRecipes: Record<string, AccessRecipe> = {
  getDeskDay: { request: async (_db, world) => ({ params: { id: world.centreId }, query: { date: formatLocalDate(futureDay(20)) } }) },
  getDeskQueue: { request: async (_db, world) => ({ params: { id: world.centreId } }) },
  approveBooking: { request: async (db, world) => ({ params: { id: await insertGroupRequest(db, world) }, headers: { "if-match": '"1"' } }) },
  rejectBooking: {
    request: async (db, world) => ({ params: { id: await insertGroupRequest(db, world) }, headers: { "if-match": '"1"' }, body: { reason: "Tilgangsprøve" } }),
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
};
