// GET /series/{id}: for its organisation, the front desk of its centre and admins; 404 for everyone else.
import type { Actor } from "@sambruk/domain";
import type { SeriesDeps } from "./series.deps";
import { seesSeries } from "./series-access";
import { seriesNotFound } from "./series-problems";
import type { SeriesRecord } from "./series.repository";

export async function getSeries(deps: SeriesDeps, actor: Actor, id: string): Promise<SeriesRecord> {
  const series = await deps.series.series.findById(id);
  if (!series || !seesSeries(actor, series)) throw seriesNotFound(id);
  return series;
}

/** The series as it is now, after a write that changed it. */
export async function currentSeries(deps: SeriesDeps, id: string): Promise<SeriesRecord> {
  const series = await deps.series.series.findById(id);
  if (!series) throw seriesNotFound(id);
  return series;
}
