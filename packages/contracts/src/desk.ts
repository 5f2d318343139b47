// The front desk's board: the day of a centre, the queue of competing requests, and the desk's decisions.
import { z } from "zod";
import { BookingDetail, Finding } from "./bookings";
import { Id, Instant } from "./common";
import { OrganisationKind } from "./auth";

/** GET /desk/centres/{id}/day: one day in the centre's zone (Europe/Oslo). */
export const DeskDayQuery = z.strictObject({ date: z.iso.date() });
export type DeskDayQuery = z.infer<typeof DeskDayQuery>;

/** A booking as the front desk sees it: in full, with when it was checked in and why its status changed. */
export const DeskBooking = BookingDetail.extend({
  checkedInAt: Instant.nullable(),
  /** Why the booking was rejected, released or cancelled by the desk, e.g. `competing_request_approved`, `no_show`, `blocked`, or the host's words; on a waiting request, the change the host asked for. */
  statusReason: z.string().nullable(),
});
export type DeskBooking = z.infer<typeof DeskBooking>;
export const DeskBookingList = z.array(DeskBooking);

/** A booking on the board, with its organisation's no-shows (released bookings) of the last 180 days. */
export const BoardBooking = DeskBooking.extend({ noShows: z.number().int().min(0) });
export type BoardBooking = z.infer<typeof BoardBooking>;

/** A closure or maintenance block: of one space, or of the whole centre (`spaceId` null). */
export const Block = z.object({
  id: Id,
  centreId: Id,
  spaceId: Id.nullable(),
  start: Instant,
  end: Instant,
  reason: z.string(),
});
export type Block = z.infer<typeof Block>;

export const BoardSpace = z.object({
  id: Id,
  name: z.string(),
  capacity: z.number().int(),
  /** The divisible whole this space is a part of. */
  partOf: Id.nullable(),
});
export type BoardSpace = z.infer<typeof BoardSpace>;

export const DeskBoard = z.object({
  centreId: Id,
  date: z.iso.date(),
  /** Every space of the centre, by name. */
  spaces: z.array(BoardSpace),
  /** Requested, confirmed and checked-in bookings of the day in those spaces, by start. */
  bookings: z.array(BoardBooking),
  /** Closures of the centre or its spaces that touch the day, by start. */
  blocks: z.array(Block),
});
export type DeskBoard = z.infer<typeof DeskBoard>;

export const PriorityTier = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export const PriorityLabel = z.enum(["house", "municipal_service", "volunteer_group", "resident"]);

/** A request in the queue: its tier, and the rules' findings as recorded when it was made (why it waits). */
export const QueuedRequest = DeskBooking.extend({
  priority: z.object({ tier: PriorityTier, label: PriorityLabel }),
  findings: z.array(Finding),
});
export type QueuedRequest = z.infer<typeof QueuedRequest>;

/** Requests that compete for the same physical space, directly or through each other. */
export const ConflictSet = z.object({
  /** By tier (1 first), then request time (`createdAt`). */
  requests: z.array(QueuedRequest),
  /** Confirmed or checked-in bookings a request collides with: approving that request needs them moved first. */
  holders: z.array(DeskBooking),
  /** For each request id, the ids of the bookings it collides with. */
  collisions: z.record(z.string(), z.array(Id)),
});
export type ConflictSet = z.infer<typeof ConflictSet>;

export const DeskQueue = z.object({ centreId: Id, sets: z.array(ConflictSet) });
export type DeskQueue = z.infer<typeof DeskQueue>;

/** POST /desk/bookings/{id}/approve: the confirmed booking, and the competing requests it rejected. */
export const Approval = z.object({ approved: DeskBooking, rejected: DeskBookingList });
export type Approval = z.infer<typeof Approval>;

/** POST /desk/bookings/{id}/reject. The reason is shown to the booker. */
export const RejectBooking = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export type RejectBooking = z.infer<typeof RejectBooking>;

/** POST /desk/bookings/{id}/request-change. The message is shown to the booker; the request keeps waiting. */
export const RequestChange = z.strictObject({ message: z.string().trim().min(1).max(500) });
export type RequestChange = z.infer<typeof RequestChange>;

/** POST /bookings/{id}/check-in: the token of the organiser's check-in link. */
export const CheckInTokenQuery = z.strictObject({ token: z.string().min(20).max(200) });
export type CheckInTokenQuery = z.infer<typeof CheckInTokenQuery>;

/** The organiser's check-in answer: no more of the booking than the link's holder already knows. */
export const CheckedIn = z.object({ id: Id, status: z.literal("checked_in"), checkedInAt: Instant });
export type CheckedIn = z.infer<typeof CheckedIn>;

/**
 * POST /desk/blocks. A dry run lists the bookings the block hits and writes nothing; otherwise the block is
 * created and the bookings in `cancel` (each one of the hit bookings) are cancelled with notice.
 */
export const CreateBlock = z
  .strictObject({
    centreId: Id,
    spaceId: Id.optional(),
    start: Instant,
    end: Instant,
    reason: z.string().trim().min(1).max(500),
    dryRun: z.boolean().optional(),
    cancel: z.array(Id).max(500).optional(),
  })
  .superRefine((block, ctx) => {
    if (!(Date.parse(block.end) > Date.parse(block.start))) ctx.addIssue({ code: "custom", path: ["end"], message: "`end` must be after `start`" });
    if (block.dryRun && block.cancel?.length) ctx.addIssue({ code: "custom", path: ["cancel"], message: "A dry run cancels nothing" });
  });
export type CreateBlock = z.infer<typeof CreateBlock>;

/**
 * A block's effect: the live bookings it hits that stay (by start; in a dry run, every hit) for the desk to move
 * or keep, and those it cancelled. `block` is null for a dry run.
 */
export const BlockResult = z.object({
  block: Block.nullable(),
  hits: DeskBookingList,
  cancelled: DeskBookingList,
});
export type BlockResult = z.infer<typeof BlockResult>;

/** GET /desk/organisations: who the desk can book for; no contact persons. */
export const DeskOrganisation = z.object({
  id: Id,
  name: z.string(),
  kind: OrganisationKind,
  verified: z.boolean(),
  /** One of the house's own citizen-facing services: priority tier 1. */
  houseService: z.boolean(),
});
export type DeskOrganisation = z.infer<typeof DeskOrganisation>;
export const DeskOrganisationList = z.array(DeskOrganisation);
