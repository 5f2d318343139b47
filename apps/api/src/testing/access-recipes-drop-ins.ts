// Authorisation-matrix recipes for the routes of one module (see access-recipes.ts). Each write gets a drop-in
// window of its own (a fresh hour of the room), published by the staff user's service.
import { formatLocalDate } from "@sambruk/domain";
import type { Database } from "../db/database";
import { hashToken, newToken } from "../modules/auth/session-token";
import type { AccessRecipe } from "./access-recipes";
import { nextSlot, type AccessWorld } from "./access-world";
import { futureDay, osloIso } from "./oslo-time";

const CONTACT = { name: "Kari Nordmann", phone: "+47 912 34 567" };

/** A published drop-in window of 15-minute appointments, in person, in an hour of its own. */
async function insertDropIn(db: Database, world: AccessWorld): Promise<{ id: string; start: Date; end: Date }> {
  const { start, end } = nextSlot();
  const { organisationId } = await db.prisma.membership.findFirstOrThrow({ where: { userId: world.users.staff }, select: { organisationId: true } });
  const { id } = await db.prisma.booking.create({
    data: {
      spaceId: world.roomId,
      organisationId,
      bookedById: world.users.staff,
      activityTypeId: world.activityTypeId,
      title: "Tilgangsprøve drop-in",
      expectedAttendees: 4,
      startsAt: new Date(start),
      endsAt: new Date(end),
      status: "confirmed",
      visibility: "public",
      source: "api",
      bookerKind: "service_unit",
      kind: "drop_in",
      appointmentMinutes: 15,
      appointmentModes: ["in_person"],
    },
    select: { id: true },
  });
  return { id, start: new Date(start), end: new Date(end) };
}

export const dropInAccessRecipes: Record<string, AccessRecipe> = {
  listDropIns: {
    request: async (_db, world) => ({ query: { centreId: world.centreId, from: osloIso(futureDay(19), "00:00"), to: osloIso(futureDay(40), "00:00") } }),
  },
  // Name and phone for everyone: the public needs them, the signed-in may give them.
  takeAppointment: {
    request: async (db, world) => {
      const { id, start } = await insertDropIn(db, world);
      return { params: { id }, body: { start: start.toISOString(), mode: "in_person", ...CONTACT } };
    },
  },
  // With the receipt's token anyone may cancel; who may without it is tested with the module.
  cancelAppointment: {
    request: async (db, world) => {
      const window = await insertDropIn(db, world);
      const token = newToken();
      const { id } = await db.prisma.appointment.create({
        data: {
          bookingId: window.id,
          startsAt: window.start,
          endsAt: new Date(window.start.getTime() + 15 * 60_000),
          mode: "in_person",
          name: CONTACT.name,
          phone: "+4791234567",
          cancelTokenHash: hashToken(token),
          deleteAfter: new Date(window.end.getTime() + 72 * 3_600_000),
        },
        select: { id: true },
      });
      return { params: { id }, query: { token } };
    },
  },
  listAppointments: { request: async () => ({ query: { date: formatLocalDate(futureDay(20)) } }) },
};
