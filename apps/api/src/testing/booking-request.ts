// The body of a booking request for a test world, on a day in Oslo wall-clock time.
import type { LocalDate } from "@sambruk/domain";
import type { BookingWorld } from "./factories";
import { osloIso } from "./oslo-time";

export function bookingRequest(
  world: Pick<BookingWorld, "roomId" | "organisationId" | "activityTypeId">,
  day: LocalDate,
  from: string,
  to: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    spaceId: world.roomId,
    organisationId: world.organisationId,
    activityTypeId: world.activityTypeId,
    title: "Språkkafé",
    expectedAttendees: 8,
    start: osloIso(day, from),
    end: osloIso(day, to),
    ...overrides,
  };
}
