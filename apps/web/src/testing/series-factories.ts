import {
  OccurrencePreview,
  Series,
  SeriesOccurrence,
  SeriesPreview,
  type SeriesInput,
} from "@sambruk/contracts";
import { testId } from "./factories";
import { THURSDAY_MORNING } from "./render-app";

/** An occurrence of a preview on `date`, 18:00–20:00 in Oslo (winter time unless the date says otherwise), ok. */
export function buildOccurrencePreview(date: string, overrides: Partial<OccurrencePreview> = {}): OccurrencePreview {
  const offset = date >= "2026-03-29" && date < "2026-10-25" ? "+02:00" : "+01:00";
  return OccurrencePreview.parse({
    date,
    start: `${date}T18:00:00${offset}`,
    end: `${date}T20:00:00${offset}`,
    status: "ok",
    bookingStatus: "confirmed",
    reason: null,
    findings: [],
    collidesWith: [],
    ...overrides,
  });
}

/** A preview of the given occurrences, counted, with a description in the three languages. */
export function buildSeriesPreview(occurrences: OccurrencePreview[], description = "Hver tirsdag"): SeriesPreview {
  return SeriesPreview.parse({
    occurrences,
    ok: occurrences.filter((occurrence) => occurrence.status === "ok").length,
    skipped: occurrences.filter((occurrence) => occurrence.status === "skipped").length,
    description: { nb: description, nn: `${description} (nn)`, en: `${description} (en)` },
  });
}

/** A booked occurrence of a series on `date`, 18:00–20:00 in Oslo. */
export function buildSeriesOccurrence(date: string, overrides: Partial<SeriesOccurrence> = {}): SeriesOccurrence {
  const { start, end } = buildOccurrencePreview(date);
  return SeriesOccurrence.parse({
    date,
    start,
    end,
    state: "booked",
    reason: null,
    findings: [],
    collidesWith: [],
    booking: { id: testId(), status: "confirmed", version: 1 },
    notice: null,
    ...overrides,
  });
}

/** "Språkkafé", every Tuesday 18:00–20:00 from 17 March 2026, three times; version 3. */
export function buildSeries(overrides: Partial<Series> = {}): Series {
  return Series.parse({
    id: testId(),
    centreId: testId(),
    spaceId: testId(),
    organisation: { id: testId(), name: "Språkkafeen" },
    activityTypeId: testId(),
    title: "Språkkafé",
    description: null,
    expectedAttendees: 20,
    visibility: "public",
    firstDate: "2026-03-17",
    startTime: "18:00",
    endTime: "20:00",
    rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=3",
    dropIn: null,
    status: "active",
    version: 3,
    occurrences: ["2026-03-17", "2026-03-24", "2026-03-31"].map((date) => buildSeriesOccurrence(date)),
    createdAt: THURSDAY_MORNING.toISOString(),
    updatedAt: THURSDAY_MORNING.toISOString(),
    ...overrides,
  });
}

/** The series POST /series makes of `input` and the dates sent: those booked, the rest of the preview skipped. */
export function seriesFromPreview(input: SeriesInput, preview: SeriesPreview, dates: readonly string[]): Series {
  return buildSeries({
    spaceId: input.spaceId,
    organisation: { id: input.organisationId, name: "NAV Asker" },
    activityTypeId: input.activityTypeId,
    title: input.title,
    firstDate: input.firstDate,
    startTime: input.startTime,
    endTime: input.endTime,
    rrule: input.rrule,
    version: 1,
    occurrences: preview.occurrences.map((occurrence) =>
      buildSeriesOccurrence(occurrence.date, {
        state: dates.includes(occurrence.date) ? "booked" : "skipped",
        reason: dates.includes(occurrence.date) ? null : occurrence.reason,
        booking: dates.includes(occurrence.date) ? { id: testId(), status: "confirmed", version: 1 } : null,
      }),
    ),
  });
}
