// Builders for the policy tests: one centre (opening 08–22, staffed 09–16), a few spaces, fixed instants.
import { everyDay, makeSpace } from "../testing/fixtures";
import type { Space } from "../spaces/space";
import { defaultPolicyParameters, type PolicyParameters } from "./parameters";
import type { ActivityType, Booker, PolicyBooking, PolicyContext, PolicyRequest } from "./request";

/** Monday 2 March 2026, 09:00 in Oslo. */
export const NOW = new Date("2026-03-02T08:00:00Z");

export const roomA = makeSpace("a", { zone: "z1", privacy: "closed" });
export const roomB = makeSpace("b", { zone: "z1", privacy: "open" });
export const roomC = makeSpace("c", { zone: null, privacy: "open" });

export const openActivity: ActivityType = { id: "meeting", sensitivity: "open", tags: [], targeted: false };

export const serviceUnit: Booker = {
  kind: "service_unit",
  organisationKind: "service_unit",
  ownerId: "org-nav",
  verified: true,
  keyAgreement: false,
};

export function request(overrides: Partial<PolicyRequest> = {}): PolicyRequest {
  return {
    start: "2026-03-11T10:00:00+01:00",
    end: "2026-03-11T12:00:00+01:00",
    attendees: 4,
    title: "Veiledning",
    activity: openActivity,
    booker: serviceUnit,
    ...overrides,
  };
}

export function params(overrides: Partial<PolicyParameters> = {}): PolicyParameters {
  return { ...defaultPolicyParameters, ...overrides };
}

export function context(overrides: Partial<PolicyContext> = {}): PolicyContext {
  return {
    now: NOW,
    space: roomA,
    spaces: [roomA, roomB, roomC],
    bookings: [],
    weeklyHours: everyDay(8 * 60, 22 * 60),
    staffedHours: everyDay(9 * 60, 16 * 60),
    parameters: defaultPolicyParameters,
    ...overrides,
  };
}

let counter = 0;
export function booking(space: Space | string, start: string, end: string, extra: Partial<PolicyBooking> = {}): PolicyBooking {
  counter += 1;
  return {
    id: `p${counter}`,
    spaceId: typeof space === "string" ? space : space.id,
    status: "confirmed",
    start: new Date(start),
    end: new Date(end),
    ownerId: "someone-else",
    bookerKind: "service_unit",
    tags: [],
    targeted: false,
    ...extra,
  };
}
