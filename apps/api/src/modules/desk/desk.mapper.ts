import { Finding, type Block, type DeskBooking, type QueuedRequest } from "@sambruk/contracts";
import { priorityTier, requestPriority, type DeskBooking as RankedBooking } from "@sambruk/domain";
import { z } from "zod";
import { bookingDetailDtoOf } from "../bookings/bookings.mapper";
import type { DeskBookingRecord } from "./desk-bookings.repository";
import type { BlockRecord } from "./desk-places.repository";

/** A booking with what the front desk weighs it by: its booker's tier and its request time. */
export type RankedRecord = DeskBookingRecord & RankedBooking;

export const ranked = (record: DeskBookingRecord): RankedRecord => ({ ...record, tier: priorityTier({ kind: record.bookerKind, houseService: record.houseService }) });

export function deskBookingDtoOf(record: DeskBookingRecord): DeskBooking {
  return {
    ...bookingDetailDtoOf(record, record.bookedByName),
    checkedInAt: record.checkedInAt?.toISOString() ?? null,
    statusReason: record.statusReason,
  };
}

const CreationRecord = z.object({ findings: z.array(Finding) });

/** A request in the queue, with the findings its creation recorded (none when the record has none). */
export function queuedRequestOf(record: DeskBookingRecord, creation: unknown): QueuedRequest {
  const parsed = CreationRecord.safeParse(creation);
  return {
    ...deskBookingDtoOf(record),
    priority: requestPriority({ kind: record.bookerKind, houseService: record.houseService }),
    findings: parsed.success ? parsed.data.findings : [],
  };
}

export function blockDtoOf(block: BlockRecord): Block {
  return { ...block, start: block.start.toISOString(), end: block.end.toISOString() };
}
