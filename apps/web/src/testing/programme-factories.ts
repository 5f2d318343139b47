import { ProgrammeItem, type Space } from "@sambruk/contracts";
import { buildSpace as baseSpace, testId } from "./factories";

/**
 * A public item of the programme: "Språkkafé" on Thursday 12 March 2026, 18:00–20:00 in Oslo, on the square
 * at Tofte, step-free. Override what a test is about.
 */
export function buildProgrammeItem(overrides: Partial<ProgrammeItem> = {}): ProgrammeItem {
  return ProgrammeItem.parse({
    bookingId: testId(),
    centre: { id: testId(), name: "Tofte" },
    space: {
      id: testId(),
      name: "Torget",
      accessibility: { stepFree: true, hearingLoop: false, accessibleWc: false },
    },
    start: "2026-03-12T17:00:00Z",
    end: "2026-03-12T19:00:00Z",
    title: "Språkkafé",
    activityType: {
      id: testId(),
      slug: "sprakkafe",
      name: { nb: "Språkkafé", nn: "Språkkafé", en: "Language café" },
    },
    kind: "event",
    audiences: ["everyone"],
    organiser: "Språkkafeen",
    status: "confirmed",
    ...overrides,
  });
}

/** A meeting room for eight with a screen, step-free; override what a test is about. */
export function buildSpace(overrides: Partial<Space> = {}): Space {
  const room = baseSpace();
  const limits = { noticeMinutes: 0, horizonDays: 365 };
  return baseSpace({
    slug: `space-${room.id.slice(-4)}`,
    name: "Møterom 1",
    capacity: 8,
    booking: {
      ...room.booking,
      maxDurationMinutes: 240,
      perBookerKind: { service_unit: limits, volunteer_group: limits, resident: limits, front_desk: limits },
    },
    ...overrides,
  });
}
