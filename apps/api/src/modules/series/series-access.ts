// Who may see and change a series: as for its bookings. A series the caller may not see is "not found".
import { can, type Actor } from "@sambruk/domain";
import { forbidden } from "../../http/actor";
import { seriesNotFound } from "./series-problems";
import type { SeriesRecord } from "./series.repository";

const resourceOf = (series: SeriesRecord) => ({ organisationId: series.organisation.id, centreId: series.centreId });

/** Its organisation, the front desk of its centre, admins. */
export function seesSeries(actor: Actor | null, series: SeriesRecord): boolean {
  return can(actor, "booking.view", resourceOf(series));
}

export function requireSeriesWriteAccess(actor: Actor, series: SeriesRecord): void {
  if (can(actor, "booking.write", resourceOf(series))) return;
  if (seesSeries(actor, series)) throw forbidden("Only the series' organisation or the front desk of its centre may change it.");
  throw seriesNotFound(series.id);
}
