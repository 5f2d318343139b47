import type {
  Space} from "@sambruk/contracts";
import {
  ActivityType,
  BookingContext,
  CreatedBooking,
  PolicyParametersDocument,
  type CreateBooking,
} from "@sambruk/contracts";
import { defaultPolicyParameters, OSLO } from "@sambruk/domain";
import { buildSpace, testId } from "./factories";

export { buildSpace };
import { THURSDAY_MORNING } from "./render-app";

export function buildActivityType(overrides: Partial<ActivityType> = {}): ActivityType {
  return ActivityType.parse({
    id: testId(),
    slug: "sprakkafe",
    name: { nb: "Språkkafé", nn: "Språkkafé", en: "Language café" },
    sensitivity: "open",
    tags: ["social"],
    targeted: false,
    defaultVisibility: "public",
    ...overrides,
  });
}

/** Språkkafé (open), Jobbsøkerkurs (open, busy-only by default) and Rusbehandling (shielded). */
export function catalogue(): ActivityType[] {
  return [
    buildActivityType(),
    buildActivityType({ slug: "jobbsokerkurs", name: { nb: "Jobbsøkerkurs", nn: "Jobbsøkjarkurs", en: "Job seekers' course" }, defaultVisibility: "busy_only" }),
    buildActivityType({
      slug: "rusbehandling",
      name: { nb: "Rusbehandling", nn: "Rusbehandling", en: "Addiction treatment" },
      sensitivity: "shielded",
      tags: ["confidential"],
      targeted: true,
    }),
  ];
}

const weekdays = [1, 2, 3, 4, 5];

/**
 * What GET /spaces/{id}/booking-context answers for `space`: open weekdays 08–21, staffed 09–15, a service unit
 * with a key agreement and no other bookings, at the tests' Thursday morning.
 */
export function buildBookingContext(space: Space, overrides: Partial<BookingContext> = {}): BookingContext {
  return BookingContext.parse({
    now: THURSDAY_MORNING.toISOString(),
    space,
    spaces: [space],
    opening: {
      weeklyHours: weekdays.map((weekday) => ({ weekday, opensMinute: 8 * 60, closesMinute: 21 * 60 })),
      closures: [],
      holidays: [],
      openOnHolidays: false,
      timeZone: OSLO,
    },
    staffedHours: weekdays.map((weekday) => ({ weekday, opensMinute: 9 * 60, closesMinute: 15 * 60 })),
    parameters: PolicyParametersDocument.parse(defaultPolicyParameters),
    booker: {
      kind: "service_unit",
      organisationKind: "service_unit",
      ownerId: testId(),
      verified: true,
      keyAgreement: true,
      houseService: false,
    },
    bookings: [],
    ...overrides,
  });
}

/** The booking POST /bookings makes of `request`: confirmed (201) or requested (202). */
export function buildCreatedBooking(request: CreateBooking, overrides: Partial<CreatedBooking> = {}): CreatedBooking {
  return CreatedBooking.parse({
    id: testId(),
    centreId: testId(),
    spaceId: request.spaceId,
    status: "confirmed",
    visibility: request.visibility ?? "public",
    start: request.start,
    end: request.end,
    title: request.title,
    organisation: { id: request.organisationId, name: "NAV Asker" },
    activityTypeId: request.activityTypeId,
    expectedAttendees: request.expectedAttendees,
    version: 1,
    source: "web",
    createdAt: THURSDAY_MORNING.toISOString(),
    updatedAt: THURSDAY_MORNING.toISOString(),
    findings: [],
    ...overrides,
  });
}
