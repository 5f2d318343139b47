// Builders for tests: small, explicit, with fixed instants. Not exported from the package.
import type { Booking, BookingStatus } from "../bookings/booking";
import type { WeeklyInterval } from "../centres/weekly-hours";
import type { BookerLimits, BookingParameters, Space } from "../spaces/space";

export const at = (iso: string): Date => new Date(iso);

export function everyDay(opensMinute: number, closesMinute: number): WeeklyInterval[] {
  return ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, opensMinute, closesMinute }));
}

const limits = (noticeMinutes: number, horizonDays: number): BookerLimits => ({ noticeMinutes, horizonDays });

export function makeSpace(id: string, overrides: Partial<Space> = {}, booking: Partial<BookingParameters> = {}): Space {
  return {
    id,
    centreId: "tofte",
    name: `Room ${id}`,
    kind: "meeting_room",
    capacity: 10,
    equipment: [],
    accessibility: { stepFree: true, hearingLoop: false, accessibleWc: false },
    privacy: "closed",
    zone: null,
    partIds: [],
    ...overrides,
    booking: {
      minDurationMinutes: 30,
      maxDurationMinutes: 240,
      slotStepMinutes: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      requiresApproval: false,
      perBookerKind: {
        service_unit: limits(0, 180),
        volunteer_group: limits(24 * 60, 90),
        resident: limits(24 * 60, 30),
        front_desk: limits(0, 365),
      },
      ...booking,
    },
  };
}

let counter = 0;
export function makeBooking(spaceId: string, start: string, end: string, status: BookingStatus = "confirmed", id?: string): Booking {
  counter += 1;
  return { id: id ?? `b${counter}`, spaceId, status, start: at(start), end: at(end) };
}
