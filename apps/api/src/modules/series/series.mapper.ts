import {
  Collision,
  Finding,
  type OccurrencePreview,
  type Series as SeriesDto,
  type SeriesOccurrence as SeriesOccurrenceDto,
  type SeriesPreview,
} from "@sambruk/contracts";
import { can, type Actor, type Booking } from "@sambruk/domain";
import { z } from "zod";
import type { AuditJson } from "../audit/audit.repository";
import { toDecisionFindingDto } from "../bookings/bookings.mapper";
import type { Verdict } from "./series-judge";
import type { CollisionDetail, OccurrenceRecord, SeriesRecord } from "./series.repository";

/** What a skipped occurrence keeps of its preview. */
const SkipDetails = z.object({ findings: z.array(Finding), collidesWith: z.array(Collision) });
export type SkipDetails = z.infer<typeof SkipDetails>;

const Notice = z.object({ code: z.enum(["closed", "holiday"]), params: z.record(z.string(), z.string()) });

/**
 * A booking in the way as the booker may see it: in full for those who see it in full (its organisation, the
 * front desk of its centre, admins); else a busy-only booking shows neither title nor organiser, and a
 * resident's booking no organisation (a resident's "organisation" is the person).
 */
export function collisionDtoOf(actor: Actor, booking: Booking, detail: CollisionDetail | undefined): Collision {
  const times = { start: booking.start.toISOString(), end: booking.end.toISOString() };
  const status = booking.status === "requested" || booking.status === "checked_in" ? booking.status : "confirmed";
  if (!detail) return { ...times, title: null, organisation: null, status };
  const full = can(actor, "booking.view", { organisationId: detail.organisation.id, centreId: detail.centreId });
  if (full) return { ...times, title: detail.title, organisation: detail.organisation.name, status };
  const busyOnly = detail.visibility === "busy_only";
  const organisation = busyOnly || detail.organisation.kind === "resident" ? null : detail.organisation.name;
  return { ...times, title: busyOnly ? null : detail.title, organisation, status };
}

export function occurrencePreviewOf(verdict: Verdict, collidesWith: Collision[]): OccurrencePreview {
  return {
    date: verdict.date,
    start: verdict.interval.start.toISOString(),
    end: verdict.interval.end.toISOString(),
    status: verdict.reason === null ? "ok" : "skipped",
    bookingStatus: verdict.bookingStatus,
    reason: verdict.reason,
    findings: verdict.findings.map(toDecisionFindingDto),
    collidesWith,
  };
}

export function previewOf(occurrences: OccurrencePreview[], description: SeriesPreview["description"]): SeriesPreview {
  const ok = occurrences.filter((o) => o.status === "ok").length;
  return { occurrences, ok, skipped: occurrences.length - ok, description };
}

export function seriesDtoOf(record: SeriesRecord): SeriesDto {
  return {
    id: record.id,
    centreId: record.centreId,
    spaceId: record.spaceId,
    organisation: { id: record.organisation.id, name: record.organisation.name },
    activityTypeId: record.activityTypeId,
    title: record.title,
    description: record.description,
    expectedAttendees: record.expectedAttendees,
    visibility: record.visibility,
    firstDate: record.firstDate,
    startTime: record.startTime,
    endTime: record.endTime,
    rrule: record.rrule,
    dropIn: record.dropIn,
    status: record.status,
    version: record.version,
    occurrences: record.occurrences.map(occurrenceDtoOf),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

function occurrenceDtoOf(occurrence: OccurrenceRecord): SeriesOccurrenceDto {
  const details = SkipDetails.safeParse(occurrence.details);
  const notice = Notice.safeParse(occurrence.notice);
  return {
    date: occurrence.date,
    start: occurrence.start.toISOString(),
    end: occurrence.end.toISOString(),
    state: occurrence.state,
    reason: occurrence.reason,
    findings: details.success ? details.data.findings : [],
    collidesWith: details.success ? details.data.collidesWith : [],
    booking: occurrence.booking,
    notice: notice.success ? notice.data : null,
  };
}

export type SeriesAuditFields = Pick<
  SeriesRecord,
  "id" | "centreId" | "spaceId" | "activityTypeId" | "title" | "expectedAttendees" | "rrule" | "firstDate" | "startTime" | "endTime" | "status" | "version"
> & { organisationId: string };

/** The series as the audit log keeps it: what, where, when and how many, never the free-text description. */
export function seriesAuditJsonOf(series: SeriesAuditFields, counts: Record<string, number | string>): AuditJson {
  return {
    id: series.id,
    centreId: series.centreId,
    spaceId: series.spaceId,
    organisationId: series.organisationId,
    activityTypeId: series.activityTypeId,
    title: series.title,
    expectedAttendees: series.expectedAttendees,
    rrule: series.rrule,
    firstDate: series.firstDate,
    startTime: series.startTime,
    endTime: series.endTime,
    status: series.status,
    version: series.version,
    ...counts,
  };
}

/** The audit fields of a stored series, with how many of its occurrences are in each state. */
export function storedSeriesAuditJsonOf(record: SeriesRecord): AuditJson {
  const count = (state: OccurrenceRecord["state"]) => record.occurrences.filter((o) => o.state === state).length;
  return seriesAuditJsonOf({ ...record, organisationId: record.organisation.id }, { booked: count("booked"), skipped: count("skipped"), cancelled: count("cancelled") });
}
