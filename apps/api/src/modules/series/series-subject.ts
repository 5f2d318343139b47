// Who books what, where, and on which dates: the series' references checked as a single booking's are, and its
// RRULE expanded into occurrences at the wall-clock times in the centre's zone.
import {
  bookerKindOf,
  can,
  expandDates,
  MAX_OCCURRENCES,
  occurrencesOf,
  OSLO,
  type Actor,
  type BookerKind,
  type LocalDate,
  type Occurrence,
  type PolicyParameters,
} from "@sambruk/domain";
import { forbidden } from "../../http/actor";
import { HttpProblem, notFound } from "../../http/problem";
import type { SpaceRecord } from "../spaces/spaces.repository";
import type { ActivityTypeRef, OrganisationRef } from "../bookings/booking-references.repository";
import type { BookingsDeps } from "../bookings/bookings.deps";
import { unknownReferences } from "../bookings/evaluate-booking";

export interface SeriesSubject {
  space: SpaceRecord;
  organisation: OrganisationRef;
  activityType: ActivityTypeRef;
  /** Whose limits and tier the series is booked under. */
  bookerKind: BookerKind;
  parameters: PolicyParameters;
  title: string;
  description: string | null;
  attendees: number;
}

export interface SubjectInput {
  spaceId: string;
  organisationId: string;
  activityTypeId: string;
  title: string;
  description?: string | null | undefined;
  expectedAttendees: number;
}

/** 404 for an unknown space, 400 for unknown references, 403 when the actor may not book for the organisation there. */
export async function loadSubject(deps: BookingsDeps, actor: Actor, input: SubjectInput): Promise<SeriesSubject> {
  const { store } = deps;
  const [space, organisation, activityType] = await Promise.all([
    store.spaces.findById(input.spaceId),
    store.references.findOrganisation(input.organisationId),
    store.references.findActivityType(input.activityTypeId),
  ]);
  if (!space) throw notFound(`No space with id ${input.spaceId}.`);
  if (!organisation || !activityType) throw unknownReferences({ organisation, activityType });
  if (!can(actor, "booking.write", { organisationId: organisation.id, centreId: space.centreId })) {
    throw forbidden("You may book only for an organisation you book for, or as the front desk of this centre.");
  }
  return {
    space,
    organisation,
    activityType,
    bookerKind: bookerKindOf(actor, organisation),
    parameters: await deps.parameters(space.centreId),
    title: input.title,
    description: input.description ?? null,
    attendees: input.expectedAttendees,
  };
}

export interface SeriesTimes {
  rrule: string;
  firstDate: string;
  startTime: string;
  endTime: string;
}

/** The occurrences of the rule; 400 (pointer /body/rrule) when it cannot be read or yields too many or none. */
export function occurrencesOfSeries(times: SeriesTimes): Occurrence[] {
  const expansion = expandDates(times.rrule, parseLocalDate(times.firstDate), MAX_OCCURRENCES);
  if (!expansion.ok) {
    const { code, detail } = expansion.problem;
    throw new HttpProblem(400, "validation_failed", "Invalid request", detail, [{ pointer: "/body/rrule", code, detail }]);
  }
  return occurrencesOf(expansion.dates, { startTime: times.startTime, endTime: times.endTime, timeZone: OSLO });
}

/** "2027-09-07" → { year: 2027, month: 9, day: 7 } (the contract has checked the format). */
export function parseLocalDate(text: string): LocalDate {
  const [year, month, day] = text.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}
