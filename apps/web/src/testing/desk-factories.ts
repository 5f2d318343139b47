import { BoardBooking, DeskBoard, DeskQueue, Me, QueuedRequest, type BoardSpace, type Block, type ConflictSet } from "@sambruk/contracts";
import { buildBookingDetail, buildMe, testId } from "./factories";

/** A confirmed booking on the board, Thursday 12 March 2026, 18:00–20:00 in Oslo, without no-shows. */
export function buildBoardBooking(overrides: Partial<BoardBooking> = {}): BoardBooking {
  return BoardBooking.parse({ ...buildBookingDetail(), checkedInAt: null, statusReason: null, noShows: 0, ...overrides });
}

/** A volunteer group's request, sent Monday 9 March 2026, waiting for the desk because the space needs approval. */
export function buildQueuedRequest(overrides: Partial<QueuedRequest> = {}): QueuedRequest {
  return QueuedRequest.parse({
    ...buildBookingDetail({ status: "requested", organisation: { id: testId(), name: "Språkkafeen" } }),
    checkedInAt: null,
    statusReason: null,
    priority: { tier: 3, label: "volunteer_group" },
    findings: [{ code: "approval_required", severity: "review" }],
    createdAt: "2026-03-09T08:00:00Z",
    ...overrides,
  });
}

export function buildBoardSpace(overrides: Partial<BoardSpace> = {}): BoardSpace {
  return { id: testId(), name: "Møtesalen", capacity: 20, partOf: null, ...overrides };
}

export function buildBlock(centreId: string, overrides: Partial<Block> = {}): Block {
  return { id: testId(), centreId, spaceId: null, start: "2026-03-12T07:00:00Z", end: "2026-03-12T08:00:00Z", reason: "Vedlikehold", ...overrides };
}

export function buildBoard(centreId: string, overrides: Partial<DeskBoard> = {}): DeskBoard {
  return DeskBoard.parse({ centreId, date: "2026-03-12", spaces: [], bookings: [], blocks: [], ...overrides });
}

export function buildQueue(centreId: string, sets: ConflictSet[]): DeskQueue {
  return DeskQueue.parse({ centreId, sets });
}

/** Hanne Vert (demo), the front desk of the given centre. */
export function buildHost(centre: { id: string; name: string }, overrides: Partial<Me> = {}): Me {
  return Me.parse({
    ...buildMe({ memberships: [], roles: ["front_desk"], frontDeskCentres: [centre] }),
    user: { id: testId(), displayName: "Hanne Vert (demo)", email: "hanne@example.test" },
    ...overrides,
  });
}
