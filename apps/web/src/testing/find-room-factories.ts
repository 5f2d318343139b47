import type { Availability, Space } from "@sambruk/contracts";
import { buildSpace as baseSpace } from "./factories";

type Segment = Availability["spaces"][number]["segments"][number];

/** A meeting room that satisfies the contract: 10 people, screen, step-free; 15-minute steps, 30 min–4 h. */
export function buildSpace(overrides: Partial<Space> = {}): Space {
  const room = baseSpace();
  return baseSpace({
    slug: `rom-${room.id.slice(-4)}`,
    name: "Møterom 1",
    capacity: 10,
    equipment: ["screen", "whiteboard"],
    booking: {
      ...room.booking,
      maxDurationMinutes: 240,
      perBookerKind: {
        resident: { noticeMinutes: 1440, horizonDays: 30 },
        volunteer_group: { noticeMinutes: 120, horizonDays: 180 },
        service_unit: { noticeMinutes: 0, horizonDays: 365 },
        front_desk: { noticeMinutes: 0, horizonDays: 365 },
      },
    },
    ...overrides,
  });
}

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
