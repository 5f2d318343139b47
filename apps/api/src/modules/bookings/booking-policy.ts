// The shared-use rules over one booking request: the request and context the policy engine reads, built from
// what the store loads, and the decision as the booker may see it. Double booking is not judged here: the
// database (and the conflict report behind 409) has the last word on it.
import {
  decide,
  defaultPolicyParameters,
  evaluate,
  forBooker,
  isoWeeksOf,
  OSLO,
  rulesForSpace,
  type BookerKind,
  type Decision,
  type Interval,
  type PolicyBooking,
  type PolicyContext,
  type PolicyParameters,
  type PolicyRequest,
} from "@sambruk/domain";
import type { LoadedCentre } from "../spaces/centre-snapshot.repository";
import type { SpaceRecord } from "../spaces/spaces.repository";
import type { ActivityTypeRef, OrganisationRef } from "./booking-references.repository";
import type { PolicyBookingQuery } from "./policy-bookings.repository";

/** The rule parameters in force at a centre. */
export type PolicyParametersProvider = (centreId: string) => Promise<PolicyParameters>;

export const defaultParametersProvider: PolicyParametersProvider = () => Promise.resolve(defaultPolicyParameters);

/** Everything needed to evaluate the request again, with fresh bookings, inside the write transaction. */
export interface PolicyInputs {
  request: PolicyRequest;
  /** The context without its bookings, which are read (again) where the decision is taken. */
  context: Omit<PolicyContext, "bookings">;
  query: PolicyBookingQuery;
  /**
   * Advisory-lock keys: the owner's ISO weeks (quotas) and, for a targeted service or a booker prime time is not
   * reserved for, the centre's (fair share, prime-time share).
   */
  lockKeys: string[];
}

export interface PolicySubject {
  /** Whose limits and tier apply (see bookerKindOf). */
  bookerKind: BookerKind;
  organisation: OrganisationRef;
  activityType: ActivityTypeRef;
  space: SpaceRecord;
  centre: LoadedCentre;
  interval: Interval;
  start: string | Date;
  end: string | Date;
  attendees: number;
  title: string;
  description: string | null;
  ignoreBookingId?: string | undefined;
}

export function policyInputs(subject: PolicySubject, parameters: PolicyParameters, now: Date): PolicyInputs {
  const { bookerKind, organisation, activityType, space, centre, interval } = subject;
  const timeZone = centre.opening.timeZone ?? OSLO;
  const weeks = isoWeeksOf(interval, timeZone);
  const first = weeks[0]?.interval ?? interval;
  const last = weeks[weeks.length - 1]?.interval ?? interval;
  const request: PolicyRequest = {
    start: subject.start,
    end: subject.end,
    attendees: subject.attendees,
    title: subject.title,
    ...(subject.description === null ? {} : { description: subject.description }),
    activity: { id: activityType.id, sensitivity: activityType.sensitivity, tags: activityType.tags, targeted: activityType.targeted },
    booker: {
      kind: bookerKind,
      organisationKind: organisation.kind === "resident" ? null : organisation.kind,
      ownerId: organisation.id,
      verified: organisation.verified,
      keyAgreement: organisation.hasKeyAgreement,
      houseService: organisation.houseService,
    },
  };
  const context: Omit<PolicyContext, "bookings"> = {
    ...rulesForSpace(centre, space.id),
    now,
    space,
    spaces: centre.spaces,
    staffedHours: centre.staffedHours,
    parameters,
    ...(subject.ignoreBookingId ? { ignoreBookingId: subject.ignoreBookingId } : {}),
  };
  // The centre's weeks also serialise the prime-time share, which non-reserved bookers draw on.
  const centreWide = activityType.targeted || !parameters.primeTime.reservedFor.includes(bookerKind);
  const lockKeys = weeks.flatMap((week) => [
    `organisation:${organisation.id}:${week.label}`,
    ...(centreWide ? [`centre:${space.centreId}:${week.label}`] : []),
  ]);
  return {
    request,
    context,
    query: { ownerId: organisation.id, centreId: space.centreId, range: { start: first.start, end: last.end }, now },
    lockKeys,
  };
}

/** The decision on the request with these bookings, without double-booking findings, as the booker may see it. */
export function decideWith(inputs: PolicyInputs, bookings: readonly PolicyBooking[]): Decision {
  const decision = evaluate(inputs.request, { ...inputs.context, bookings });
  return forBooker(decide(decision.findings.filter((finding) => finding.rule !== "conflicts"), decision.priority));
}

/** The findings that refuse the request. */
export function refusing(decision: Decision): Decision["findings"] {
  return decision.findings.filter((finding) => finding.severity === "refuse");
}
