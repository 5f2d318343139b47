import { z } from "zod";
import { commaList, Id } from "./common";

export const SpaceKind = z.enum(["meeting_room", "hall", "kitchen", "open_square", "library_area", "quiet_room"]);
export const Privacy = z.enum(["open", "closed"]);
export const BookerKind = z.enum(["service_unit", "volunteer_group", "resident", "front_desk"]);
export const AccessibilityFeature = z.enum(["step_free", "hearing_loop", "accessible_wc"]);

export const BookerLimits = z.object({
  noticeMinutes: z.number().int().min(0),
  horizonDays: z.number().int().min(0),
});

export const Space = z.object({
  id: Id,
  centreId: Id,
  slug: z.string(),
  name: z.string(),
  kind: SpaceKind,
  capacity: z.number().int().min(0),
  equipment: z.array(z.string()),
  accessibility: z.array(AccessibilityFeature),
  /** "open": visible from the square; "closed": a closed room with sound privacy. */
  privacy: Privacy,
  zone: z.string().nullable(),
  booking: z.object({
    minDurationMinutes: z.number().int().min(1),
    maxDurationMinutes: z.number().int().min(1),
    slotStepMinutes: z.number().int().min(1),
    bufferBeforeMinutes: z.number().int().min(0),
    bufferAfterMinutes: z.number().int().min(0),
    requiresApproval: z.boolean(),
    /** The booker kinds that may book this space; empty means every kind. */
    allowedBookerKinds: z.array(BookerKind),
    perBookerKind: z.record(BookerKind, BookerLimits),
  }),
  /** A divisible whole lists its parts; booking the whole blocks every part and the reverse. */
  partIds: z.array(Id),
  /** The whole this space is a part of, if any. */
  partOf: Id.nullable(),
  isDemo: z.boolean(),
});
export type Space = z.infer<typeof Space>;
export const SpaceList = z.array(Space);
export type SpaceList = z.infer<typeof SpaceList>;

export const SpacePathParams = z.object({ id: Id });

export const SpaceQuery = z.strictObject({
  centreId: Id.optional(),
  minCapacity: z.coerce.number().int().min(1).max(10_000).optional(),
  /** Comma-separated equipment every space must have, e.g. "screen,video_meeting". */
  feature: commaList.pipe(z.array(z.string().regex(/^[a-z_]{1,40}$/))).optional(),
  /** Comma-separated accessibility features every space must have. */
  accessibility: commaList.pipe(z.array(AccessibilityFeature)).optional(),
});
export type SpaceQuery = z.infer<typeof SpaceQuery>;
