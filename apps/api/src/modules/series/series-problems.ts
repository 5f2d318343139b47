// The problem documents of the series endpoints, with their extension members.
import type { Finding, SeriesChangeOutcome, SeriesPreview } from "@sambruk/contracts";
import { HttpProblem, notFound } from "../../http/problem";

export function seriesChanged(preview: SeriesPreview): HttpProblem {
  return new HttpProblem(
    409,
    "series_changed",
    "Series changed",
    "Some of the dates sent can no longer be booked; nothing was written. See `preview` for what is bookable now.",
    undefined,
    { preview },
  );
}

export function seriesMisfits(occurrences: SeriesChangeOutcome[]): HttpProblem {
  return new HttpProblem(
    409,
    "series_misfits",
    "Change does not fit",
    "The change does not fit some occurrences; nothing was applied. See `occurrences`, and choose to keep or cancel them.",
    undefined,
    { occurrences },
  );
}

/** No occurrence can be booked: the findings of the first. */
export function noneBookable(findings: Finding[]): HttpProblem {
  return new HttpProblem(422, "booking_refused", "Booking refused", "No occurrence of the series can be booked; see `findings` for the first.", undefined, {
    findings,
  });
}

export function notAnOccurrence(pointer: string, date: string): HttpProblem {
  return new HttpProblem(400, "validation_failed", "Invalid request", `${date} is not an occurrence of the series.`, [
    { pointer, code: "not_an_occurrence", detail: "Not a date of the series." },
  ]);
}

export const seriesNotFound = (id: string): HttpProblem => notFound(`No series with id ${id}.`);

/** Thrown inside the create transaction when a date sent is no longer bookable: it rolls everything back. */
export class SeriesChangedUnderLock extends Error {
  constructor() {
    super("A date of the series is no longer bookable");
    this.name = "SeriesChangedUnderLock";
  }
}

export function staleSeries(current?: number): HttpProblem {
  const now = current === undefined ? "" : ` (it is now at version ${current})`;
  return new HttpProblem(412, "precondition_failed", "Precondition failed", `The series has changed since you read it${now}. Fetch it again and retry.`);
}
