// The one evaluation behind create, check and move: the space, what the booking refers to, the shared-use rules,
// the conflicts the application can see, and whether the front desk must approve. Nothing is written here.
import type { DropInSettings } from "@sambruk/contracts";
import {
  bookerKindOf,
  can,
  checkBookingRequest,
  dropInFindings,
  checkOffset,
  findConflicts,
  intervalBetween,
  OSLO,
  rulesForSpace,
  type Actor,
  type BookerKind,
  type ConflictingBooking,
  type Finding,
  type Interval,
  type PolicyFinding,
  type RequestPriority,
} from "@sambruk/domain";
import { forbidden } from "../../http/actor";
import { HttpProblem, notFound } from "../../http/problem";
import type { SpaceRecord } from "../spaces/spaces.repository";
import type { ActivityTypeRef, OrganisationRef } from "./booking-references.repository";
import type { BookingsDeps } from "./bookings.deps";
import { decideWith, policyInputs, refusing, type PolicyInputs } from "./booking-policy";

export interface Candidate {
  spaceId: string;
  organisationId: string;
  activityTypeId: string;
  /** ISO 8601 with an offset (from the request), or an instant (a stored time that does not change). */
  start: string | Date;
  end: string | Date;
  expectedAttendees: number;
  title: string;
  description: string | null;
  /** When moving a booking: the booking itself, which never conflicts with its own new time. */
  ignoreBookingId?: string | undefined;
  /** A drop-in window to publish, with the visibility asked for (default: the activity type's). */
  dropIn?: DropInSettings | undefined;
  visibility?: "public" | "busy_only" | undefined;
}

export type Evaluation =
  | {
      outcome: "refused";
      findings: (Finding | PolicyFinding)[];
      space: SpaceRecord;
      bookerKind: BookerKind;
      /** The request's priority tier, once the shared-use rules have looked at it. */
      priority?: RequestPriority;
    }
  | {
      outcome: "admissible";
      /** "requested" when the front desk must approve, else "confirmed". */
      status: "confirmed" | "requested";
      space: SpaceRecord;
      /** Whose limits and tier the booking is made under. */
      bookerKind: BookerKind;
      organisation: OrganisationRef;
      activityType: ActivityTypeRef;
      interval: Interval;
      /** Time-holding bookings in the way, as the application sees them now (the database has the last word). */
      conflicts: ConflictingBooking[];
      /** The review reasons and warnings of the rules, as the booker may see them. */
      findings: PolicyFinding[];
      /** To evaluate the rules again inside the write transaction, under its locks. */
      policy: PolicyInputs;
      priority?: RequestPriority;
    };

/**
 * 404 when the space does not exist, 403 when the actor may not book for the organisation in the space's centre;
 * every other problem is a finding ("refused"), or a conflict to report.
 */
export async function evaluateBooking(deps: BookingsDeps, candidate: Candidate, actor: Actor): Promise<Evaluation> {
  const { store } = deps;
  const [space, organisation, activityType] = await Promise.all([
    store.spaces.findById(candidate.spaceId),
    store.references.findOrganisation(candidate.organisationId),
    store.references.findActivityType(candidate.activityTypeId),
  ]);
  if (!space) throw notFound(`No space with id ${candidate.spaceId}.`);
  if (!organisation || !activityType) throw unknownReferences({ organisation, activityType });
  if (!can(actor, "booking.write", { organisationId: organisation.id, centreId: space.centreId })) {
    throw forbidden("You may book only for an organisation you book for, or as the front desk of this centre.");
  }
  const bookerKind = bookerKindOf(actor, organisation);
  const findings: Finding[] = [];
  if (candidate.dropIn) findings.push(...dropInFindings({ bookerKind, visibility: candidate.visibility ?? activityType.defaultVisibility }));

  const start = readInstant(candidate.start, "/start");
  const end = readInstant(candidate.end, "/end");
  if (!(start instanceof Date) || !(end instanceof Date)) {
    return { outcome: "refused", space, bookerKind, findings: [...findings, ...[start, end].filter((x): x is Finding => !(x instanceof Date))] };
  }
  const centre = await store.loadCentre(space.centreId, intervalBetween(Math.min(+start, +end), Math.max(+start, +end)));
  if (!centre) throw notFound(`No centre with id ${space.centreId}.`);
  const checked = checkBookingRequest(
    { start: candidate.start, end: candidate.end, attendees: candidate.expectedAttendees },
    { ...rulesForSpace(centre, space.id), now: deps.now(), space, bookerKind },
  );
  if (+end <= +start) {
    return { outcome: "refused", space, bookerKind, findings: [...findings, ...checked.findings] };
  }

  const interval = intervalBetween(start, end);
  const subject = { bookerKind, organisation, activityType, space, centre, interval, attendees: candidate.expectedAttendees };
  const policy = policyInputs({ ...candidate, ...subject }, await deps.parameters(space.centreId), deps.now());
  const decision = decideWith(policy, await store.policy.bookings(policy.query));
  const priority = decision.priority ? { priority: decision.priority } : {};
  if (decision.outcome === "refuse" || findings.length > 0) return { outcome: "refused", space, bookerKind, findings: [...findings, ...refusing(decision)], ...priority };
  const { conflicts } = findConflicts(
    { space, interval, ...(candidate.ignoreBookingId ? { ignoreBookingId: candidate.ignoreBookingId } : {}) },
    centre.bookings,
    centre.spaces,
  );
  const status = decision.outcome === "review" ? "requested" : "confirmed";
  return { outcome: "admissible", status, space, bookerKind, organisation, activityType, interval, conflicts, findings: decision.findings, policy, ...priority };
}

/** The centre's zone is Oslo for every centre today; checkBookingRequest re-checks against the centre's own. */
function readInstant(value: string | Date, pointer: string): Date | Finding {
  if (value instanceof Date) return value;
  const checked = checkOffset(value, OSLO);
  return checked.ok ? checked.instant : { ...checked.finding, pointer };
}

/** A request naming an organisation or activity type that does not exist is bad input: 400, naming the field. */
export function unknownReferences(found: { organisation: unknown; activityType: unknown }): HttpProblem {
  const errors = [
    ...(found.organisation ? [] : [{ pointer: "/body/organisationId", code: "unknown_reference", detail: "No organisation with this id." }]),
    ...(found.activityType ? [] : [{ pointer: "/body/activityTypeId", code: "unknown_reference", detail: "No activity type with this id." }]),
  ];
  return new HttpProblem(400, "validation_failed", "Invalid request", "The request names something that does not exist.", errors);
}
