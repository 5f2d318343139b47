import type { CreateBlock } from "@sambruk/contracts";
import { instantOf, normaliseTime } from "../../../lib/wall-clock";

/** What the block form holds, as typed. An empty `spaceId` blocks the whole centre. */
export interface BlockValues {
  spaceId: string;
  fromDate: string;
  fromTime: string;
  toDate: string;
  toTime: string;
  reason: string;
}

export type BlockField = "fromDate" | "fromTime" | "toDate" | "toTime" | "reason";
export type BlockErrorKey = "dateInvalid" | "timeInvalid" | "endBeforeStart" | "reasonRequired";
export type BlockErrors = Partial<Record<BlockField, BlockErrorKey>>;

export function initialBlockValues(date: string): BlockValues {
  return { spaceId: "", fromDate: date, fromTime: "", toDate: date, toTime: "", reason: "" };
}

export function blockErrorsOf(values: BlockValues): BlockErrors {
  const errors: BlockErrors = {};
  if (instantOf(values.fromDate, "12:00") === null) errors.fromDate = "dateInvalid";
  if (instantOf(values.toDate, "12:00") === null) errors.toDate = "dateInvalid";
  if (normaliseTime(values.fromTime) === null) errors.fromTime = "timeInvalid";
  if (normaliseTime(values.toTime) === null) errors.toTime = "timeInvalid";
  const start = instantOf(values.fromDate, values.fromTime);
  const end = instantOf(values.toDate, values.toTime);
  if (!errors.toTime && start !== null && end !== null && Date.parse(end) <= Date.parse(start)) errors.toTime = "endBeforeStart";
  if (!values.reason.trim()) errors.reason = "reasonRequired";
  return errors;
}

/** The block to send (without `dryRun` or `cancel`), or null while a field is in error. */
export function blockRequestOf(values: BlockValues, centreId: string): CreateBlock | null {
  if (Object.keys(blockErrorsOf(values)).length > 0) return null;
  const start = instantOf(values.fromDate, values.fromTime);
  const end = instantOf(values.toDate, values.toTime);
  if (start === null || end === null) return null;
  return { centreId, ...(values.spaceId ? { spaceId: values.spaceId } : {}), start, end, reason: values.reason.trim() };
}
