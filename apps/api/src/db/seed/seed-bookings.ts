// Writes the demo bookings (upsert by fixed id) at instants computed from `now`. Inserted like any booking,
// so the database trigger writes their claims. A demo booking never displaces a real one: one whose time is
// taken by another time-holding booking is skipped (and counted). Retired demo bookings are deleted.
import type { Prisma } from "../../generated/prisma/client";
import { demoBookings, retiredDemoBookingIds, type DemoBooking, type DemoDropIn } from "./demo-bookings";
import { demoActivityTypes } from "./demo-catalogue";
import { demoBookingTimes } from "./demo-dates";
import { DEMO_ORGANISATION_IDS, DEMO_USER_IDS } from "./demo-people";
import { demoBookerKind, isTaken, sameFields, selectOf } from "./demo-rows";

type Tx = Prisma.TransactionClient;

export interface SeedBookingsInput {
  now: Date;
  spaceIds: ReadonlyMap<string, string>;
  activityTypeIds: ReadonlyMap<string, string>;
}

export interface SeededBookings {
  written: number;
  unchanged: number;
  skipped: number;
}

export async function seedBookings(tx: Tx, input: SeedBookingsInput): Promise<SeededBookings> {
  await tx.booking.deleteMany({ where: { id: { in: retiredDemoBookingIds } } });
  const result: SeededBookings = { written: 0, unchanged: 0, skipped: 0 };
  for (const demo of demoBookings) {
    const fields = bookingFields(demo, input);
    const existing = await tx.booking.findUnique({ where: { id: demo.id }, select: selectOf(fields) });
    if (existing && sameFields(existing, fields)) {
      result.unchanged += 1;
      continue;
    }
    if (fields.status === "confirmed" && (await isTaken(tx, demo.id, fields))) {
      result.skipped += 1;
      continue;
    }
    await tx.booking.upsert({ where: { id: demo.id }, create: { id: demo.id, ...fields }, update: fields });
    result.written += 1;
  }
  return result;
}

function bookingFields(demo: DemoBooking, input: SeedBookingsInput) {
  const spaceId = input.spaceIds.get(`${demo.centre}/${demo.space}`);
  const activityTypeId = input.activityTypeIds.get(demo.activity);
  if (!spaceId || !activityTypeId) throw new Error(`Demo booking ${demo.id} names an unknown space or activity type`);
  const times = demoBookingTimes(demo, input.now);
  return {
    spaceId,
    organisationId: DEMO_ORGANISATION_IDS[demo.organisation],
    bookedById: DEMO_USER_IDS[demo.bookedBy],
    activityTypeId,
    title: demo.title,
    expectedAttendees: demo.attendees,
    startsAt: times.start,
    endsAt: times.end,
    status: demo.status,
    visibility: demoActivityTypes.find((type) => type.slug === demo.activity)?.defaultVisibility ?? "public",
    source: demo.bookedBy === "frontDesk" ? ("front_desk" as const) : ("web" as const),
    bookerKind: demoBookerKind(demo),
    ...dropInFields(demo.dropIn),
  } satisfies Prisma.BookingUncheckedUpdateInput;
}

/** A booking's kind and drop-in columns (all empty for a standard booking). */
export function dropInFields(dropIn: DemoDropIn | undefined) {
  return {
    kind: dropIn ? ("drop_in" as const) : ("standard" as const),
    appointmentMinutes: dropIn?.appointmentMinutes ?? null,
    appointmentModes: dropIn?.modes ?? [],
    meetingLink: dropIn?.meetingLink ?? null,
  } satisfies Prisma.BookingUncheckedUpdateInput;
}
