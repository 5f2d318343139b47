// Authorisation-matrix recipes for the calendar feed routes (see access-recipes.ts).
import type { Database } from "../db/database";
import { hashFeedToken, newFeedToken } from "../modules/ical/feed-tokens";
import type { AccessRecipe } from "./access-recipes";
import type { AccessWorld } from "./access-world";

/** A live feed of the coordinator's own bookings, written directly; its token and id. */
async function insertCoordinatorFeed(db: Database, world: AccessWorld): Promise<{ id: string; token: string }> {
  const token = newFeedToken();
  const { id } = await db.prisma.calendarFeed.create({ data: { tokenHash: hashFeedToken(token), ownerId: world.users.coordinator }, select: { id: true } });
  return { id, token };
}

export const icalAccessRecipes: Record<string, AccessRecipe> = {
  getSpaceCalendar: { request: async (_db, world) => ({ params: { id: world.roomId } }) },
  getCentreCalendar: { request: async (_db, world) => ({ params: { id: world.centreId } }) },
  // Whoever holds the token reads the feed: it is the secret, not the session.
  getPersonalCalendar: { request: async (db, world) => ({ params: { token: (await insertCoordinatorFeed(db, world)).token } }) },
  createCalendarFeed: {
    request: async (_db, world) => ({ body: { organisationId: world.groupId } }),
    after: async (db, world) => {
      await db.prisma.calendarFeed.deleteMany({ where: { organisationId: world.groupId } });
    },
  },
  listCalendarFeeds: { request: async () => ({}) },
  revokeCalendarFeed: { request: async (db, world) => ({ params: { id: (await insertCoordinatorFeed(db, world)).id } }) },
};

