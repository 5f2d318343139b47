// A bookable space inside a centre, and what booking it requires.

export const SPACE_KINDS = ["meeting_room", "hall", "kitchen", "open_square", "library_area", "quiet_room"] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export const BOOKER_KINDS = ["service_unit", "volunteer_group", "resident", "front_desk"] as const;
export type BookerKind = (typeof BOOKER_KINDS)[number];

/** "open": visible from the square; "closed": a closed room with sound privacy. */
export type Privacy = "open" | "closed";

export interface Accessibility {
  stepFree: boolean;
  hearingLoop: boolean;
  accessibleWc: boolean;
}

/** How far ahead a booker kind must and may book. */
export interface BookerLimits {
  noticeMinutes: number;
  /** The booking must end on or before this many calendar days after today (in the centre's zone). */
  horizonDays: number;
}

export interface BookingParameters {
  minDurationMinutes: number;
  maxDurationMinutes: number;
  /** Starts and ends fall on multiples of this many wall-clock minutes after local midnight. */
  slotStepMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  requiresApproval: boolean;
  perBookerKind: Record<BookerKind, BookerLimits>;
}

export interface Space {
  id: string;
  centreId: string;
  name: string;
  kind: SpaceKind;
  capacity: number;
  equipment: string[];
  accessibility: Accessibility;
  privacy: Privacy;
  /** Spaces sharing a corridor or waiting area share a zone. */
  zone: string | null;
  booking: BookingParameters;
  /** The booker kinds that may book the space; absent means every kind. */
  allowedBookerKinds?: readonly BookerKind[];
  /** A divisible whole lists its parts; a part or an indivisible space lists none. */
  partIds: string[];
}

/** True when `candidate` has every accessibility feature that `required` has. */
export function hasAccessibilityOf(candidate: Accessibility, required: Accessibility): boolean {
  return (
    (candidate.stepFree || !required.stepFree) &&
    (candidate.hearingLoop || !required.hearingLoop) &&
    (candidate.accessibleWc || !required.accessibleWc)
  );
}
