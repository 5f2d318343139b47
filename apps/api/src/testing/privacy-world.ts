// People and bookings carrying strings no public answer may contain: a person's name and e-mail, the contact
// persons of a group registered through the API, a booking's description and a busy-only booking's title.
import { randomUUID } from "node:crypto";
import type { Database } from "../db/database";
import type { Factories } from "./factories";
import { futureDay, osloIso } from "./oslo-time";
import { signIn } from "./sessions";
import type { TestApp } from "./test-app";

export const SECRETS = {
  personName: "Zyxwerta Privatsen",
  personEmail: "zyxwerta@example.org",
  contactName: "Qwelmora Kontaktsen",
  contactPhone: "+47 912 34 567",
  contactEmail: "qwelmora.kontakt@example.org",
  description: "Ploxivant samtalegruppe for etterlatte",
  busyOnlyTitle: "Grubnatek lukket møte",
  busyOnlyDescription: "Grubnatek sak om barnevern",
  residentName: "Vlomtrude Beboersen",
} as const;

export const BOOKING_DAY = futureDay(10);

export interface PrivacyWorld {
  centreId: string;
  roomId: string;
  userId: string;
  groupId: string;
  publicBookingId: string;
  busyOnlyBookingId: string;
  residentBookingId: string;
}

export async function privacyWorld(db: Database, make: Factories, app: TestApp): Promise<PrivacyWorld> {
  const centreId = await make.centre();
  const roomId = await make.space(centreId);
  const { id: userId } = await db.prisma.user.create({ data: { displayName: SECRETS.personName, email: SECRETS.personEmail }, select: { id: true } });
  const session = await signIn(db, userId);
  const contact = { name: SECRETS.contactName, phone: SECRETS.contactPhone, email: SECRETS.contactEmail };
  const response = await fetch(app.url("/api/v1/organisations"), {
    method: "POST",
    headers: { "content-type": "application/json", ...session.headers },
    body: JSON.stringify({ name: `Samtalegruppa ${randomUUID().slice(0, 8)}`, homeCentreId: centreId, contactPersons: [contact] }),
  });
  if (response.status !== 201) throw new Error(`registering the group answered ${response.status}: ${await response.text()}`);
  const { id: groupId } = (await response.json()) as { id: string };
  // A resident books as themselves: their organisation carries their name.
  const resident = await db.prisma.organisation.create({ data: { kind: "resident", name: SECRETS.residentName }, select: { id: true } });
  const { id: residentUserId } = await db.prisma.user.create({
    data: { displayName: SECRETS.residentName, memberships: { create: { organisationId: resident.id, role: "coordinator" } } },
    select: { id: true },
  });
  const activityTypeId = await make.activityType();
  const booking = async (from: string, to: string, data: { title: string; description: string | null; visibility: "public" | "busy_only" }, booker = { organisationId: groupId, bookedById: userId }) => {
    const record = await db.prisma.booking.create({
      data: {
        spaceId: roomId,
        ...booker,
        activityTypeId,
        expectedAttendees: 5,
        startsAt: new Date(osloIso(BOOKING_DAY, from)),
        endsAt: new Date(osloIso(BOOKING_DAY, to)),
        status: "confirmed",
        source: "api",
        bookerKind: booker.organisationId === groupId ? "volunteer_group" : "resident",
        ...data,
      },
      select: { id: true },
    });
    return record.id;
  };
  return {
    centreId,
    roomId,
    userId,
    groupId,
    publicBookingId: await booking("10:00", "11:00", { title: "Åpen samtalegruppe", description: SECRETS.description, visibility: "public" }),
    busyOnlyBookingId: await booking("12:00", "13:00", { title: SECRETS.busyOnlyTitle, description: SECRETS.busyOnlyDescription, visibility: "busy_only" }),
    residentBookingId: await booking(
      "14:00",
      "15:00",
      { title: "Bursdagsfeiring", description: null, visibility: "public" },
      { organisationId: resident.id, bookedById: residentUserId },
    ),
  };
}
