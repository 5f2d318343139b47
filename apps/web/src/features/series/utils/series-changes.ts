import type { UpdateSeries } from "@sambruk/contracts";

export interface ChangeValues {
  title: string;
  /** HH:mm on Oslo's clock. */
  startTime: string;
  endTime: string;
}

type Changes = UpdateSeries["changes"];
export type ChangeError = "titleRequired" | "endAfterStart" | "nothingChanged";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Only what changed, or why there is nothing to send (a key of series.edit). */
export function changesOf(values: ChangeValues, initial: ChangeValues): Changes | ChangeError {
  const title = values.title.trim();
  if (!title) return "titleRequired";
  if (!TIME.test(values.startTime) || !TIME.test(values.endTime) || values.endTime <= values.startTime) return "endAfterStart";
  const changes: Changes = {};
  if (title !== initial.title) changes.title = title;
  if (values.startTime !== initial.startTime || values.endTime !== initial.endTime) {
    changes.startTime = values.startTime;
    changes.endTime = values.endTime;
  }
  return Object.keys(changes).length === 0 ? "nothingChanged" : changes;
}
