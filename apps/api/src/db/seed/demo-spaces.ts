// Demo data: the spaces of each centre. The centres are real; every room, capacity, piece of equipment and
// booking parameter here is invented for demonstration, and each space is marked `isDemo`.
import type { BookerKind, BookerLimits, Privacy, SpaceKind } from "@sambruk/domain";

export interface DemoSpace {
  slug: string;
  name: string;
  kind: SpaceKind;
  capacity: number;
  equipment: string[];
  stepFree: boolean;
  hearingLoop: boolean;
  accessibleWc: boolean;
  privacy: Privacy;
  zone: string | null;
  minDurationMinutes: number;
  maxDurationMinutes: number;
  slotStepMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  requiresApproval: boolean;
  bookerLimits: Record<BookerKind, BookerLimits>;
  /** Empty: every booker kind may book the space. */
  allowedBookerKinds: BookerKind[];
  /** The slug of the whole this space is a part of. */
  partOf: string | null;
}

const limits = (noticeMinutes: number, horizonDays: number): BookerLimits => ({ noticeMinutes, horizonDays });
const HOUR = 60;

// Volunteer groups plan a season ahead (a language café from September to June): a year's horizon.
const usual: Record<BookerKind, BookerLimits> = {
  resident: limits(24 * HOUR, 30),
  volunteer_group: limits(2 * HOUR, 365),
  service_unit: limits(0, 365),
  front_desk: limits(0, 365),
};
const hallLimits: Record<BookerKind, BookerLimits> = { ...usual, resident: limits(7 * 24 * HOUR, 60), volunteer_group: limits(2 * 24 * HOUR, 365) };

const CORRIDOR = "2. etasje korridor";
const GROUND_FLOOR = "1. etasje";

function space(slug: string, name: string, kind: SpaceKind, capacity: number, more: Partial<DemoSpace> = {}): DemoSpace {
  return {
    slug, name, kind, capacity,
    equipment: [], stepFree: true, hearingLoop: false, accessibleWc: false, privacy: "closed", zone: null,
    minDurationMinutes: 30, maxDurationMinutes: 4 * HOUR, slotStepMinutes: 15, bufferBeforeMinutes: 0, bufferAfterMinutes: 0,
    requiresApproval: false, bookerLimits: usual, allowedBookerKinds: [], partOf: null,
    ...more,
  };
}

const meetingRoom = (n: number, capacity: number): DemoSpace =>
  space(`moterom-${n}`, `Møterom ${n}`, "meeting_room", capacity, {
    equipment: n === 1 ? ["screen", "video_meeting", "whiteboard"] : ["screen", "whiteboard"],
    hearingLoop: n === 1,
    zone: CORRIDOR,
  });

/**
 * Closed, with sound privacy: for confidential conversations and digital meetings with a caseworker. Up to four
 * hours, so a service can hold a drop-in window (NAV's Thursday 10–14 at Tofte) as one booking.
 */
const quietRoom = space("samtalerom", "Samtalerommet", "quiet_room", 3, {
  equipment: ["video_meeting"], zone: CORRIDOR, maxDurationMinutes: 4 * HOUR,
});

const square = (capacity: number): DemoSpace =>
  space("torget", "Torget", "open_square", capacity, {
    equipment: ["screen", "sound_system"], accessibleWc: true, privacy: "open", zone: GROUND_FLOOR,
    minDurationMinutes: HOUR, maxDurationMinutes: 8 * HOUR, slotStepMinutes: 30,
  });

const kitchen = space("kjokkenet", "Kjøkkenet", "kitchen", 14, {
  equipment: ["kitchen", "dishwasher"], zone: GROUND_FLOOR, minDurationMinutes: HOUR, maxDurationMinutes: 5 * HOUR,
  slotStepMinutes: 30, bufferBeforeMinutes: 15, bufferAfterMinutes: 30,
  // A kitchen needs someone answerable for hygiene and equipment: not booked by residents on their own.
  allowedBookerKinds: ["service_unit", "volunteer_group", "front_desk"],
});

const library = space("biblioteket", "Biblioteket, aktivitetsrommet", "library_area", 30, {
  equipment: ["screen", "projector"], hearingLoop: true, accessibleWc: true, privacy: "open", zone: "Biblioteket",
});

const hallParameters: Partial<DemoSpace> = {
  hearingLoop: true, accessibleWc: true, zone: GROUND_FLOOR, minDurationMinutes: HOUR, maxDurationMinutes: 10 * HOUR,
  slotStepMinutes: 30, bufferBeforeMinutes: 30, bufferAfterMinutes: 30, requiresApproval: true, bookerLimits: hallLimits,
};

/** "Storsalen", divisible into A and B: booking the whole blocks both halves, and a half blocks the whole. */
const hall: DemoSpace[] = [
  space("storsalen", "Storsalen", "hall", 120, { ...hallParameters, equipment: ["piano", "projector", "screen", "sound_system"] }),
  space("storsalen-a", "Storsalen A", "hall", 60, { ...hallParameters, equipment: ["piano", "projector", "screen"], partOf: "storsalen" }),
  space("storsalen-b", "Storsalen B", "hall", 60, { ...hallParameters, equipment: ["projector", "screen"], partOf: "storsalen" }),
];

/** By centre slug. A library area where the centre has a library branch; a hall in the two largest. */
export const demoSpaces: Record<string, DemoSpace[]> = {
  tofte: [meetingRoom(1, 8), quietRoom, square(40), kitchen, library],
  saetre: [meetingRoom(1, 10), meetingRoom(2, 6), quietRoom, square(40), kitchen],
  slemmestad: [meetingRoom(1, 10), quietRoom, square(80), kitchen, library, ...hall],
  spikkestad: [meetingRoom(1, 8), meetingRoom(2, 12), quietRoom, square(40), kitchen],
  holmen: [meetingRoom(1, 10), meetingRoom(2, 16), quietRoom, square(50), kitchen],
  heggedal: [meetingRoom(1, 8), quietRoom, square(40), kitchen, library],
  "asker-sentrum": [meetingRoom(1, 12), quietRoom, square(100), kitchen, library, ...hall],
};
