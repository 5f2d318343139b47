// Authorisation-matrix recipes for the waitlist routes (see access-recipes.ts). An entry is its owner's alone: each
// call gets a fresh entry of the group's coordinator, so anyone else is answered 404. Its times are early mornings
// of their own, apart from the other recipes' hours (access-world's nextSlot), so an accepted offer takes none of them.
import type { Database } from "../db/database";
import type { AccessRecipe } from "./access-recipes";
import type { AccessWorld } from "./access-world";
import { futureDay, osloIso } from "./oslo-time";

const HOUR_MS = 3600_000;
let slot = 0;

/** Four early hours a day, from six weeks ahead (no public holiday moves two of them onto one day). */
function earlySlot(): { start: string; end: string } {
  const n = slot++;
  const day = futureDay(42 + Math.floor(n / 4));
  const hour = `0${4 + (n % 4)}`;
  return { start: osloIso(day, `${hour}:00`), end: osloIso(day, `${hour}:45`) };
}

async function insertCoordinatorEntry(db: Database, world: AccessWorld, status: "waiting" | "offered"): Promise<string> {
  const { start, end } = earlySlot();
  const now = Date.now();
  const { id } = await db.prisma.waitlistEntry.create({
    data: {
      userId: world.users.coordinator,
      organisationId: world.groupId,
      spaceId: world.roomId,
      activityTypeId: world.activityTypeId,
      title: "Venteliste-prøve",
      expectedAttendees: 6,
      startsAt: new Date(start),
      endsAt: new Date(end),
      status,
      ...(status === "offered" ? { offeredAt: new Date(now), offerExpiresAt: new Date(now + 2 * HOUR_MS) } : {}),
    },
    select: { id: true },
  });
  return id;
}

const onEntry = (status: "waiting" | "offered"): AccessRecipe => ({
  request: async (db, world) => ({ params: { id: await insertCoordinatorEntry(db, world, status) } }),
});

export const waitlistAccessRecipes: Record<string, AccessRecipe> = {
  joinWaitlist: {
    request: async (_db, world) => ({
      body: { spaceId: world.roomId, organisationId: world.groupId, activityTypeId: world.activityTypeId, title: "Venteliste-prøve", expectedAttendees: 6, ...earlySlot() },
    }),
  },
  listMyWaitlist: { request: async () => ({}) },
  leaveWaitlist: onEntry("waiting"),
  // The coordinator's accept books the entry's free hour; nothing else uses it.
  acceptWaitlistOffer: onEntry("offered"),
  declineWaitlistOffer: onEntry("offered"),
};
