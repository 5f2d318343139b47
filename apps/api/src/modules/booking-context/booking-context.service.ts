// GET /spaces/{id}/booking-context: what the shared-use rules read about a booking request for the organisation
// in the space, loaded the way the bookings module loads it for a decision (evaluate-booking.ts), so the web
// can evaluate the same rules as the user types. Nothing is written.
import type { BookingContextQuery } from "@sambruk/contracts";
import {
  bookerKindOf,
  can,
  intervalBetween,
  isoWeeksOf,
  OSLO,
  type Actor,
  type BookerKind,
  type PolicyBooking,
  type PolicyParameters,
} from "@sambruk/domain";
import { forbidden } from "../../http/actor";
import { HttpProblem, notFound } from "../../http/problem";
import type { OrganisationRef } from "../bookings/booking-references.repository";
import type { BookingsDeps } from "../bookings/bookings.deps";
import type { LoadedCentre } from "../spaces/centre-snapshot.repository";
import type { SpaceRecord } from "../spaces/spaces.repository";

export interface LoadedBookingContext {
  now: Date;
  space: SpaceRecord;
  centre: LoadedCentre;
  parameters: PolicyParameters;
  bookerKind: BookerKind;
  organisation: OrganisationRef;
  /** The centre's live bookings in the range's ISO weeks, and the organisation's own live ones anywhere. */
  bookings: PolicyBooking[];
}

/** 404 when the space does not exist, 400 when the organisation does not, 403 when the actor may not book for it there. */
export async function loadBookingContext(deps: BookingsDeps, actor: Actor, spaceId: string, query: BookingContextQuery): Promise<LoadedBookingContext> {
  const { store } = deps;
  const [space, organisation] = await Promise.all([store.spaces.findById(spaceId), store.references.findOrganisation(query.organisationId)]);
  if (!space) throw notFound(`No space with id ${spaceId}.`);
  if (!organisation) throw unknownOrganisation();
  if (!can(actor, "booking.write", { organisationId: organisation.id, centreId: space.centreId })) {
    throw forbidden("You may book only for an organisation you book for, or as the front desk of this centre.");
  }
  const range = intervalBetween(new Date(query.from), new Date(query.to));
  const centre = await store.loadCentre(space.centreId, range);
  if (!centre) throw notFound(`No centre with id ${space.centreId}.`);
  const now = deps.now();
  // The same bookings policyInputs asks for: the ISO weeks the range touches, as one range.
  const weeks = isoWeeksOf(range, centre.opening.timeZone ?? OSLO);
  const weeksRange = { start: weeks[0]?.interval.start ?? range.start, end: weeks[weeks.length - 1]?.interval.end ?? range.end };
  const [parameters, bookings] = await Promise.all([
    deps.parameters(space.centreId),
    store.policy.bookings({ ownerId: organisation.id, centreId: space.centreId, range: weeksRange, now }),
  ]);
  return { now, space, centre, parameters, bookerKind: bookerKindOf(actor, organisation), organisation, bookings };
}

/** A query naming an organisation that does not exist is bad input: 400, naming the field. */
function unknownOrganisation(): HttpProblem {
  const errors = [{ pointer: "/query/organisationId", code: "unknown_reference", detail: "No organisation with this id." }];
  return new HttpProblem(400, "validation_failed", "Invalid request", "The request names something that does not exist.", errors);
}
