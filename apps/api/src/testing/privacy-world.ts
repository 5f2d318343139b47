// People and bookings carrying strings no public answer may contain: a person's name and e-mail, the contact
// persons of a group registered through the API, a booking's description and a busy-only booking's title, a
// drop-in window's meeting link and the name and phone of a resident with an appointment in it.
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
  meetingLink: "https://meet.example.org/krovnulent-samtale",
  appointmentName: "Trelvanda Timesen",
  appointmentPhone: "98765432",
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
  /** A centre of its own with a service's drop-in window, one appointment by name and phone, one by a login. */
  dropInCentreId: string;
  dropInId: string;
  dropInStaffId: string;
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
    ...(await dropInWindow(db, make, userId)),
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

/** A service's drop-in window 10–14 on BOOKING_DAY, with the meeting link, and two appointments taken in it. */
async function dropInWindow(db: Database, make: Factories, userId: string): Promise<Pick<PrivacyWorld, "dropInCentreId" | "dropInId" | "dropInStaffId">> {
  const dropInCentreId = await make.centre();
  const serviceId = await make.organisation("service_unit");
  const dropInStaffId = await make.user(serviceId, "staff");
  const start = new Date(osloIso(BOOKING_DAY, "10:00"));
  const { id: dropInId } = await db.prisma.booking.create({
    data: {
      spaceId: await make.space(dropInCentreId),
      organisationId: serviceId,
      bookedById: dropInStaffId,
      activityTypeId: await make.activityType(),
      title: "Veiledning",
      expectedAttendees: 4,
      startsAt: start,
      endsAt: new Date(osloIso(BOOKING_DAY, "14:00")),
      status: "confirmed",
      visibility: "public",
      source: "api",
      bookerKind: "service_unit",
      kind: "drop_in",
      appointmentMinutes: 20,
      appointmentModes: ["in_person", "digital"],
      meetingLink: SECRETS.meetingLink,
    },
    select: { id: true },
  });
  const appointment = (offsetMinutes: number, who: { name: string; phone: string } | { userId: string }) => ({
    bookingId: dropInId,
    startsAt: new Date(start.getTime() + offsetMinutes * 60_000),
    endsAt: new Date(start.getTime() + (offsetMinutes + 20) * 60_000),
    mode: "digital" as const,
    cancelTokenHash: randomUUID(),
    deleteAfter: new Date(start.getTime() + 80 * 3_600_000),
    ...who,
  });
  await db.prisma.appointment.createMany({
    data: [appointment(0, { name: SECRETS.appointmentName, phone: `+47${SECRETS.appointmentPhone}` }), appointment(20, { userId })],
  });
  return { dropInCentreId, dropInId, dropInStaffId };
}
