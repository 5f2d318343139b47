// Authorisation-matrix recipes for the routes of one module (see access-recipes.ts).
import { randomUUID } from "node:crypto";
import { formatLocalDate } from "@sambruk/domain";
import type { Database } from "../db/database";
import type { AccessRecipe } from "./access-recipes";
import type { AccessWorld } from "./access-world";
import { futureDay, osloIso } from "./oslo-time";

let day = 0;

/** A day of its own per call, late in the evening, where the other recipes' bookings never are. */
function nextSeriesDay() {
  return futureDay(60 + day++);
}

const seriesBody = (world: AccessWorld) => ({
  spaceId: world.roomId,
  organisationId: world.groupId,
  activityTypeId: world.activityTypeId,
  title: "Tilgangsprøve",
  expectedAttendees: 6,
  firstDate: formatLocalDate(nextSeriesDay()),
  startTime: "22:00",
  endTime: "22:45",
  rrule: "FREQ=WEEKLY;COUNT=1",
});

/** A busy-only series of the group with one booked occurrence, made by its coordinator, inserted directly. */
async function insertGroupSeries(db: Database, world: AccessWorld): Promise<string> {
  const date = nextSeriesDay();
  const start = new Date(osloIso(date, "22:00"));
  const end = new Date(osloIso(date, "22:45"));
  const common = {
    spaceId: world.roomId,
    organisationId: world.groupId,
    bookedById: world.users.coordinator,
    bookerKind: "volunteer_group" as const,
    activityTypeId: world.activityTypeId,
    title: `Lukket serie ${randomUUID().slice(0, 8)}`,
    expectedAttendees: 6,
    visibility: "busy_only" as const,
  };
  const series = await db.prisma.bookingSeries.create({
    data: { ...common, rrule: "FREQ=WEEKLY;COUNT=1", firstDate: new Date(`${formatLocalDate(date)}T00:00:00Z`), startTime: "22:00", endTime: "22:45" },
    select: { id: true },
  });
  const booking = await db.prisma.booking.create({
    data: { ...common, startsAt: start, endsAt: end, status: "confirmed", source: "series", seriesId: series.id },
    select: { id: true },
  });
  await db.prisma.seriesOccurrence.create({
    data: { seriesId: series.id, date: new Date(`${formatLocalDate(date)}T00:00:00Z`), startsAt: start, endsAt: end, state: "booked", bookingId: booking.id },
  });
  return series.id;
}

export const seriesAccessRecipes: Record<string, AccessRecipe> = {
  previewSeries: { request: async (_db, world) => ({ body: seriesBody(world) }) },
  createSeries: { request: async (_db, world) => ({ headers: { "idempotency-key": randomUUID() }, body: seriesBody(world) }) },
  getSeries: { request: async (db, world) => ({ params: { id: await insertGroupSeries(db, world) } }) },
  updateSeries: {
    request: async (db, world) => ({
      params: { id: await insertGroupSeries(db, world) },
      headers: { "if-match": '"1"' },
      body: { scope: "all", changes: { title: "Nytt navn" } },
    }),
  },
  cancelSeries: {
    request: async (db, world) => ({ params: { id: await insertGroupSeries(db, world) }, headers: { "if-match": '"1"' }, body: { scope: "all" } }),
  },
};
