import type {
  Alternative as AlternativeDto,
  Booking as BookingDto,
  BookingDetail as BookingDetailDto,
  Finding as FindingDto,
} from "@sambruk/contracts";
import {
  BOOKING_STATUSES,
  type Alternative,
  type ConflictingBooking,
  type Finding,
  type OrganisationKind,
  type PolicyFinding,
} from "@sambruk/domain";
import { z } from "zod";
import type { AuditJson } from "../audit/audit.repository";
import type { BookingRecord } from "./bookings.repository";

/**
 * A booking's state as the audit log keeps it (before/after): what was booked, where and when, never who booked
 * (that is the event's actor) nor the free-text description (it may hold personal data).
 */
export const BookingSnapshot = z.object({
  id: z.string(),
  centreId: z.string(),
  spaceId: z.string(),
  organisationId: z.string(),
  activityTypeId: z.string(),
  title: z.string(),
  expectedAttendees: z.number(),
  start: z.string(),
  end: z.string(),
  status: z.enum(BOOKING_STATUSES),
  visibility: z.enum(["public", "busy_only"]),
  version: z.number(),
  source: z.enum(["web", "api", "front_desk", "series"]),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BookingSnapshot = z.infer<typeof BookingSnapshot>;

export function snapshotOf(record: BookingRecord): BookingSnapshot {
  return {
    id: record.id,
    centreId: record.centreId,
    spaceId: record.spaceId,
    organisationId: record.organisation.id,
    activityTypeId: record.activityTypeId,
    title: record.title,
    expectedAttendees: record.expectedAttendees,
    start: record.start.toISOString(),
    end: record.end.toISOString(),
    status: record.status,
    visibility: record.visibility,
    version: record.version,
    source: record.source,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

export const auditJsonOf = (record: BookingRecord): AuditJson => snapshotOf(record);

/**
 * The public view: a busy-only booking shows no title, a resident's booking no organisation (a resident's
 * "organisation" is the person), and no view ever shows who booked or the description.
 */
export function toBookingDto(
  snapshot: BookingSnapshot,
  organisation: { id: string; name: string; kind: OrganisationKind },
): BookingDto {
  return {
    id: snapshot.id,
    centreId: snapshot.centreId,
    spaceId: snapshot.spaceId,
    status: snapshot.status,
    visibility: snapshot.visibility,
    start: snapshot.start,
    end: snapshot.end,
    title: snapshot.visibility === "busy_only" ? null : snapshot.title,
    organisation: organisation.kind === "resident" ? null : { id: organisation.id, name: organisation.name },
    activityTypeId: snapshot.activityTypeId,
    expectedAttendees: snapshot.expectedAttendees,
    version: snapshot.version,
    source: snapshot.source,
    createdAt: snapshot.createdAt,
    updatedAt: snapshot.updatedAt,
  };
}

export const bookingDtoOf = (record: BookingRecord): BookingDto => toBookingDto(snapshotOf(record), record.organisation);

/** The full view, for the booking's organisation, the front desk of its centre and admins. */
export function bookingDetailDtoOf(record: BookingRecord, bookerName: string): BookingDetailDto {
  return {
    ...bookingDtoOf(record),
    title: record.title,
    description: record.description,
    organisation: { id: record.organisation.id, name: record.organisation.name },
    bookedBy: { id: record.bookedById, displayName: bookerName },
    seriesId: record.seriesId,
    dropIn: record.dropIn,
  };
}

/** A finding as the API shows it in a 422 (every one refuses, so no severity). */
export function toFindingDto(finding: Finding | PolicyFinding): FindingDto {
  return {
    code: finding.code,
    ...(finding.pointer === undefined ? {} : { pointer: finding.pointer }),
    ...(finding.params === undefined ? {} : { params: { ...finding.params } }),
  };
}

/** A finding of a decision that let the request through: a review reason or a warning. */
export function toDecisionFindingDto(finding: PolicyFinding): FindingDto {
  return { ...toFindingDto(finding), severity: finding.severity };
}

/** The time a conflicting booking occupies (its buffers included): what stands in the way. */
export function toConflictDto(conflict: ConflictingBooking): { start: string; end: string } {
  return { start: conflict.occupied.start.toISOString(), end: conflict.occupied.end.toISOString() };
}

export function toAlternativeDto(alternative: Alternative): AlternativeDto {
  return { ...alternative, start: alternative.start.toISOString(), end: alternative.end.toISOString() };
}
