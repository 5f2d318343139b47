import { Space, type Availability } from "@sambruk/contracts";
import { testId } from "./factories";

type Segment = Availability["spaces"][number]["segments"][number];

/** A meeting room that satisfies the contract: 10 people, screen, step-free; 15-minute steps, 30 min–4 h. */
export function buildSpace(overrides: Partial<Space> = {}): Space {
  const id = testId();
  return Space.parse({
    id,
    centreId: testId(),
    slug: `rom-${id.slice(-4)}`,
    name: "Møterom 1",
    kind: "meeting_room",
    capacity: 10,
    equipment: ["screen", "whiteboard"],
    accessibility: ["step_free"],
    privacy: "closed",
    zone: null,
    booking: {
      minDurationMinutes: 30,
      maxDurationMinutes: 240,
      slotStepMinutes: 15,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      requiresApproval: false,
      allowedBookerKinds: [],
      perBookerKind: {
        resident: { noticeMinutes: 1440, horizonDays: 30 },
        volunteer_group: { noticeMinutes: 120, horizonDays: 180 },
        service_unit: { noticeMinutes: 0, horizonDays: 365 },
        front_desk: { noticeMinutes: 0, horizonDays: 365 },
      },
    },
    partIds: [],
    partOf: null,
    isDemo: true,
    ...overrides,
  });
}

/** A segment of availability; instants as the API sends them (UTC). */
export function segment(start: string, end: string, state: Segment["state"]): Segment {
  return { start, end, state };
}

/**
 * Tuesday 17 March 2026 in Oslo (UTC+1): free 08–17, busy 17–18, free 18–20, requested 20–21, closed after;
 * the rest of the week closed. A typical week of a meeting room, as the API would answer for it.
 */
export function tuesdayWeek(): Segment[] {
  return [
    segment("2026-03-15T23:00:00Z", "2026-03-17T07:00:00Z", "closed"),
    segment("2026-03-17T07:00:00Z", "2026-03-17T16:00:00Z", "free"),
    segment("2026-03-17T16:00:00Z", "2026-03-17T17:00:00Z", "busy"),
    segment("2026-03-17T17:00:00Z", "2026-03-17T19:00:00Z", "free"),
    segment("2026-03-17T19:00:00Z", "2026-03-17T20:00:00Z", "tentative"),
    segment("2026-03-17T20:00:00Z", "2026-03-22T23:00:00Z", "closed"),
  ];
}
