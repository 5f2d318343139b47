// Writes the demo series (upsert by fixed id): the series row, one confirmed booking per occurrence (source
// "series"), and each occurrence as booked (with its booking) or skipped (holiday, closure, or a time already
// taken: a demo booking never displaces a real one). Occurrences and bookings of dates no longer in the series
// (the seed ran in an earlier week) are deleted, so the series always starts where the demo data says.
import {
  addDays,
  expandDates,
  formatLocalDate,
  isPublicHoliday,
  occurrencesOf,
  OSLO,
  overlaps,
  wallEpochOf,
  type Interval,
  type IsoWeekday,
  type Occurrence,
} from "@sambruk/domain";
import { Prisma } from "../../generated/prisma/client";
import { demoActivityTypes } from "./demo-catalogue";
import { demoWeekDate } from "./demo-dates";
import { DEMO_ORGANISATION_IDS, DEMO_USER_IDS } from "./demo-people";
import { demoBookerKind, isTaken, sameFields, selectOf } from "./demo-rows";
import { demoSeries, demoSeriesBookingId, type DemoSeries } from "./demo-series";
import { dropInFields, type SeedBookingsInput } from "./seed-bookings";

type Tx = Prisma.TransactionClient;

export interface SeededSeries {
  series: number;
  /** Occurrence bookings written now, and already as in the demo data. */
  written: number;
  unchanged: number;
  /** Occurrences kept as skipped (holiday, closure, time taken). */
  skipped: number;
}

const BYDAY: Record<IsoWeekday, string> = { 1: "MO", 2: "TU", 3: "WE", 4: "TH", 5: "FR", 6: "SA", 7: "SU" };

type Skip = "holiday" | "closed" | "overlap";

export async function seedSeries(tx: Tx, input: SeedBookingsInput): Promise<SeededSeries> {
  const result: SeededSeries = { series: 0, written: 0, unchanged: 0, skipped: 0 };
  for (const demo of demoSeries) {
    const series = seriesFields(demo, input);
    await upsertUnlessSame(tx, demo.id, series);
    const occurrences = occurrencesOf(expanded(series.rrule, demo, input.now), {
      startTime: demo.from,
      endTime: demo.to,
      timeZone: OSLO,
    });
    const closures = await closuresOf(tx, series.spaceId, occurrences);
    const dates = occurrences.map((occurrence) => dateColumn(occurrence));
    const bookingIds = occurrences.map((occurrence) => demoSeriesBookingId(demo, formatLocalDate(occurrence.date)));
    await tx.seriesOccurrence.deleteMany({ where: { seriesId: demo.id, date: { notIn: dates } } });
    await tx.booking.deleteMany({ where: { seriesId: demo.id, id: { notIn: bookingIds } } });
    for (const [index, occurrence] of occurrences.entries()) {
      const bookingId = bookingIds[index] ?? "";
      const booking = occurrenceBooking(demo, series, occurrence);
      const skip = await skipReason(tx, bookingId, occurrence, booking, closures);
      if (skip) {
        await tx.booking.deleteMany({ where: { id: bookingId } });
        await writeOccurrence(tx, demo.id, occurrence, { state: "skipped", reason: skip, bookingId: null });
        result.skipped += 1;
        continue;
      }
      const existing = await tx.booking.findUnique({ where: { id: bookingId }, select: selectOf(booking) });
      const kept = existing !== null && sameFields(existing, booking);
      if (!kept) await tx.booking.upsert({ where: { id: bookingId }, create: { id: bookingId, ...booking }, update: booking });
      await writeOccurrence(tx, demo.id, occurrence, { state: "booked", reason: null, bookingId });
      result[kept ? "unchanged" : "written"] += 1;
    }
    result.series += 1;
  }
  return result;
}

function seriesFields(demo: DemoSeries, input: SeedBookingsInput) {
  const spaceId = input.spaceIds.get(`${demo.centre}/${demo.space}`);
  const activityTypeId = input.activityTypeIds.get(demo.activity);
  if (!spaceId || !activityTypeId) throw new Error(`Demo series ${demo.id} names an unknown space or activity type`);
  const firstDate = demoWeekDate({ week: demo.firstWeek, weekday: demo.weekday }, input.now);
  const until = formatLocalDate(addDays(firstDate, 7 * (demo.weeks - 1))).replaceAll("-", "");
  const dropIn = dropInFields(demo.dropIn);
  return {
    spaceId,
    organisationId: DEMO_ORGANISATION_IDS[demo.organisation],
    bookedById: DEMO_USER_IDS[demo.bookedBy],
    bookerKind: demoBookerKind(demo),
    activityTypeId,
    title: demo.title,
    expectedAttendees: demo.attendees,
    visibility: demo.visibility ?? demoActivityTypes.find((type) => type.slug === demo.activity)?.defaultVisibility ?? "public",
    rrule: `FREQ=WEEKLY;BYDAY=${BYDAY[demo.weekday]};UNTIL=${until}`,
    firstDate: new Date(wallEpochOf(firstDate)),
    startTime: demo.from,
    endTime: demo.to,
    kind: dropIn.kind,
    appointmentMinutes: dropIn.appointmentMinutes,
    appointmentModes: dropIn.appointmentModes,
    meetingLink: dropIn.meetingLink,
    status: "active" as const,
  } satisfies Prisma.BookingSeriesUncheckedUpdateInput;
}

type SeriesFields = ReturnType<typeof seriesFields>;

async function upsertUnlessSame(tx: Tx, id: string, fields: SeriesFields): Promise<void> {
  const existing = await tx.bookingSeries.findUnique({ where: { id }, select: selectOf(fields) });
  if (existing && sameFields(existing, fields)) return;
  await tx.bookingSeries.upsert({ where: { id }, create: { id, ...fields }, update: fields });
}

function expanded(rrule: string, demo: DemoSeries, now: Date) {
  const expansion = expandDates(rrule, demoWeekDate({ week: demo.firstWeek, weekday: demo.weekday }, now));
  if (!expansion.ok) throw new Error(`Demo series ${demo.id} has a bad rule ${rrule}: ${expansion.problem.detail}`);
  return expansion.dates;
}

/** A series occurrence's booking: the series' fields at the occurrence's time, confirmed. */
function occurrenceBooking(demo: DemoSeries, series: SeriesFields, occurrence: Occurrence) {
  return {
    spaceId: series.spaceId,
    organisationId: series.organisationId,
    bookedById: series.bookedById,
    bookerKind: series.bookerKind,
    activityTypeId: series.activityTypeId,
    title: series.title,
    expectedAttendees: series.expectedAttendees,
    startsAt: occurrence.interval.start,
    endsAt: occurrence.interval.end,
    status: "confirmed" as const,
    visibility: series.visibility,
    source: "series" as const,
    seriesId: demo.id,
    ...dropInFields(demo.dropIn),
  } satisfies Prisma.BookingUncheckedUpdateInput;
}

async function skipReason(
  tx: Tx,
  bookingId: string,
  occurrence: Occurrence,
  booking: { spaceId: string; startsAt: Date; endsAt: Date },
  closures: readonly Interval[],
): Promise<Skip | null> {
  if (isPublicHoliday(occurrence.date)) return "holiday";
  if (closures.some((closure) => overlaps(closure, occurrence.interval))) return "closed";
  return (await isTaken(tx, bookingId, booking)) ? "overlap" : null;
}

/** The closures of the space's centre, or of the space itself, during the series. */
async function closuresOf(tx: Tx, spaceId: string, occurrences: readonly Occurrence[]): Promise<Interval[]> {
  const first = occurrences[0];
  const last = occurrences.at(-1);
  if (!first || !last) return [];
  const space = await tx.space.findUniqueOrThrow({ where: { id: spaceId }, select: { centreId: true } });
  const rows = await tx.closure.findMany({
    where: {
      OR: [{ centreId: space.centreId }, { spaceId }],
      startsAt: { lt: last.interval.end },
      endsAt: { gt: first.interval.start },
    },
    select: { startsAt: true, endsAt: true },
  });
  return rows.map((row) => ({ start: row.startsAt, end: row.endsAt }));
}

/** The occurrence's date as the DATE column holds it (midnight UTC of the calendar date). */
function dateColumn(occurrence: Occurrence): Date {
  return new Date(wallEpochOf(occurrence.date));
}

async function writeOccurrence(
  tx: Tx,
  seriesId: string,
  occurrence: Occurrence,
  state: { state: "booked" | "skipped"; reason: Skip | null; bookingId: string | null },
): Promise<void> {
  const date = dateColumn(occurrence);
  const fields = { startsAt: occurrence.interval.start, endsAt: occurrence.interval.end, ...state, details: null, notice: null };
  const where = { seriesId_date: { seriesId, date } };
  const existing = await tx.seriesOccurrence.findUnique({ where, select: selectOf(fields) });
  if (existing && sameFields(existing, fields)) return;
  const data = { ...fields, details: Prisma.DbNull, notice: Prisma.DbNull };
  await tx.seriesOccurrence.upsert({ where, create: { seriesId, date, ...data }, update: data });
}
