// Which occurrences a change or cancellation applies to: one, this one and the following, or all; and of those,
// the ones it may still touch (booked, live, not yet started).
import type { SeriesScope } from "@sambruk/contracts";
import { isEditable } from "@sambruk/domain";
import { notAnOccurrence } from "./series-problems";
import type { OccurrenceRecord, SeriesRecord } from "./series.repository";

export type BookedOccurrence = OccurrenceRecord & { booking: NonNullable<OccurrenceRecord["booking"]> };

/** 400 when `date` is not an occurrence of the series (the contract requires it unless the scope is "all"). */
export function occurrencesInScope(series: SeriesRecord, scope: SeriesScope, date: string | undefined): OccurrenceRecord[] {
  if (scope === "all" || date === undefined) return series.occurrences;
  if (!series.occurrences.some((o) => o.date === date)) throw notAnOccurrence("/body/date", date);
  // "YYYY-MM-DD" sorts as the dates do.
  return series.occurrences.filter((o) => (scope === "occurrence" ? o.date === date : o.date >= date));
}

/** Booked occurrences whose booking is still live and has not started: past ones are never changed. */
export function changeable(occurrences: readonly OccurrenceRecord[], now: Date): BookedOccurrence[] {
  return occurrences.filter(
    (o): o is BookedOccurrence => o.state === "booked" && o.booking !== null && isEditable(o.booking.status) && o.start.getTime() > now.getTime(),
  );
}
