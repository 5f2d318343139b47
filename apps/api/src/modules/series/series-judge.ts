// Each occurrence judged as a single booking would be: the shared-use rules (opening hours, closures, holidays,
// limits, quotas, fair share …) with the series' own earlier occurrences counted, the time-holding bookings in
// its way, and waiting requests of a higher priority tier. Pure: the reads are the caller's.
import {
  findConflicts,
  formatLocalDate,
  priorityTier,
  skipReasonOf,
  type Booking,
  type Interval,
  type LocalDate,
  type PolicyBooking,
  type PolicyFinding,
  type SkipReason,
} from "@sambruk/domain";
import type { LoadedCentre } from "../spaces/centre-snapshot.repository";
import { decideWith, policyInputs, refusing, type PolicyInputs } from "../bookings/booking-policy";
import type { PolicyBookingQuery } from "../bookings/policy-bookings.repository";
import type { SeriesSubject } from "./series-subject";

export interface Candidate {
  date: LocalDate;
  interval: Interval;
  /** When changing a booked occurrence: its own booking, which never stands in its way. */
  ignoreBookingId?: string | undefined;
}

export interface Verdict {
  /** "2027-09-07". */
  date: string;
  interval: Interval;
  /** Null when the occurrence can be booked. */
  reason: SkipReason | null;
  /** Confirmed at once, or requested (the front desk decides); null when skipped. */
  bookingStatus: "confirmed" | "requested" | null;
  /** The refusing findings of a skipped occurrence; the review reasons and warnings of a bookable one. */
  findings: PolicyFinding[];
  /** What it collides with: time-holding bookings, or waiting requests of a higher tier. */
  collisions: Booking[];
  /** To lock and decide again under the locks. */
  policy: PolicyInputs;
}

export interface JudgeInput {
  subject: SeriesSubject;
  seriesId: string;
  centre: LoadedCentre;
  now: Date;
  candidates: readonly Candidate[];
  /** The rules' inputs of each candidate, in the same order (see `policyInputsOf`). */
  inputs: readonly PolicyInputs[];
  /** The owner's and the centre's live bookings over every candidate's weeks (see `policyQueryOf`). */
  policyBookings: readonly PolicyBooking[];
  /** Count the series' earlier bookable occurrences toward its quotas (a new series: they are not stored yet). */
  countEarlier: boolean;
}

export function policyInputsOf(subject: SeriesSubject, seriesId: string, centre: LoadedCentre, now: Date, candidate: Candidate): PolicyInputs {
  const { space, organisation, activityType, bookerKind, parameters } = subject;
  const { interval, ignoreBookingId } = candidate;
  const inputs = policyInputs(
    {
      bookerKind, organisation, activityType, space, centre, interval,
      start: interval.start, end: interval.end,
      attendees: subject.attendees, title: subject.title, description: subject.description,
      ...(ignoreBookingId ? { ignoreBookingId } : {}),
    },
    parameters,
    now,
  );
  return { ...inputs, request: { ...inputs.request, seriesId } };
}

/** One query for the weeks of every occurrence, instead of one per occurrence. */
export function policyQueryOf(inputs: readonly PolicyInputs[], fallback: PolicyBookingQuery): PolicyBookingQuery {
  if (inputs.length === 0) return fallback;
  const starts = inputs.map((i) => i.query.range.start.getTime());
  const ends = inputs.map((i) => i.query.range.end.getTime());
  const first = inputs[0]?.query ?? fallback;
  return { ...first, range: { start: new Date(Math.min(...starts)), end: new Date(Math.max(...ends)) } };
}

export function judgeOccurrences(input: JudgeInput): Verdict[] {
  const { subject, seriesId, centre, now, countEarlier } = input;
  const kinds = new Map(input.policyBookings.map((b) => [b.id, b.bookerKind]));
  const earlier: PolicyBooking[] = [];
  return input.candidates.map((candidate, index) => {
    const policy = input.inputs[index] ?? policyInputsOf(subject, seriesId, centre, now, candidate);
    const decision = decideWith(policy, [...input.policyBookings, ...earlier]);
    const ownTier = decision.priority?.tier ?? priorityTier({ kind: subject.bookerKind });
    const { conflicts, tentative } = findConflicts(
      { space: subject.space, interval: candidate.interval, ...(candidate.ignoreBookingId ? { ignoreBookingId: candidate.ignoreBookingId } : {}) },
      centre.bookings,
      centre.spaces,
    );
    const higher = tentative.filter(({ booking }) => {
      const kind = kinds.get(booking.id);
      return kind !== undefined && priorityTier({ kind }) < ownTier;
    });
    const refused = refusing(decision);
    const reason = skipReasonOf({ refusing: refused, overlaps: conflicts.length, higherPriorityRequests: higher.length });
    const bookingStatus = reason === null ? (decision.outcome === "review" ? "requested" : "confirmed") : null;
    if (bookingStatus && countEarlier) earlier.push(asPolicyBooking(subject, seriesId, candidate, bookingStatus));
    return {
      date: formatLocalDate(candidate.date),
      interval: candidate.interval,
      reason,
      bookingStatus,
      findings: reason === null ? decision.findings : refused,
      collisions: [...conflicts, ...higher].map(({ booking }) => booking),
      policy,
    };
  });
}

/** A bookable occurrence as the rules count it for the later ones. */
function asPolicyBooking(subject: SeriesSubject, seriesId: string, candidate: Candidate, status: "confirmed" | "requested"): PolicyBooking {
  return {
    id: `${seriesId}:${formatLocalDate(candidate.date)}`,
    spaceId: subject.space.id,
    status,
    start: candidate.interval.start,
    end: candidate.interval.end,
    ownerId: subject.organisation.id,
    bookerKind: subject.bookerKind,
    tags: subject.activityType.tags,
    targeted: subject.activityType.targeted,
    seriesId,
  };
}
