// Writes the demo bookings (upsert by fixed id) at instants computed from `now`. Inserted like any booking,
// so the database trigger writes their claims. A demo booking never displaces a real one: one whose time is
// taken by another time-holding booking is skipped (and counted).
import type { BookerKind } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";
import { demoBookings, type DemoBooking } from "./demo-bookings";
import { demoActivityTypes } from "./demo-catalogue";
import { demoBookingTimes } from "./demo-dates";
import { DEMO_ORGANISATION_IDS, DEMO_USER_IDS, demoOrganisations } from "./demo-people";

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
  const result: SeededBookings = { written: 0, unchanged: 0, skipped: 0 };
  for (const demo of demoBookings) {
    const fields = bookingFields(demo, input);
    const existing = await tx.booking.findUnique({ where: { id: demo.id }, select: fieldSelect });
    if (existing && sameBooking(existing, fields)) {
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
  const bookedById = DEMO_USER_IDS[demo.bookedBy];
  return {
    spaceId,
    organisationId: DEMO_ORGANISATION_IDS[demo.organisation],
    bookedById,
    activityTypeId,
    title: demo.title,
    expectedAttendees: demo.attendees,
    startsAt: times.start,
    endsAt: times.end,
    status: demo.status,
    visibility: demoActivityTypes.find((type) => type.slug === demo.activity)?.defaultVisibility ?? "public",
    source: demo.bookedBy === "frontDesk" ? ("front_desk" as const) : ("web" as const),
    bookerKind: demoBookerKind(demo),
  } satisfies Prisma.BookingUncheckedUpdateInput;
}

/** The host books for the house; everyone else as the kind of the organisation they book for. */
function demoBookerKind(demo: DemoBooking): BookerKind {
  if (demo.bookedBy === "frontDesk") return "front_desk";
  const kind = demoOrganisations.find((organisation) => organisation.key === demo.organisation)?.kind;
  return kind === "service_unit" || kind === "resident" ? kind : "volunteer_group";
}

type Fields = ReturnType<typeof bookingFields>;

const fieldSelect = {
  spaceId: true, organisationId: true, bookedById: true, activityTypeId: true, title: true, expectedAttendees: true,
  startsAt: true, endsAt: true, status: true, visibility: true, source: true, bookerKind: true,
} satisfies Record<keyof Fields, true>;

/** True when the stored booking already says what the demo data says (so it is left alone, updatedAt too). */
function sameBooking(existing: Record<keyof Fields, unknown>, fields: Fields): boolean {
  const comparable = (value: unknown) => (value instanceof Date ? value.getTime() : value);
  return (Object.keys(fieldSelect) as (keyof Fields)[]).every((key) => comparable(existing[key]) === comparable(fields[key]));
}

/** Would the booking's claims (buffers included) overlap another booking's? The same test as the constraint. */
async function isTaken(tx: Tx, id: string, fields: Fields): Promise<boolean> {
  const rows = await tx.$queryRaw<{ taken: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "booking_claim" c
      JOIN "space_unit" su ON su."unit_id" = c."unit_id"
      JOIN "space" s ON s."id" = su."space_id"
      WHERE s."id" = ${fields.spaceId}::uuid AND c."booking_id" <> ${id}::uuid
        AND c."during" && tstzrange(${fields.startsAt}::timestamptz - make_interval(mins => s."buffer_before_minutes"),
                                    ${fields.endsAt}::timestamptz + make_interval(mins => s."buffer_after_minutes"), '[)')
    ) AS "taken"`;
  return rows[0]?.taken === true;
}
