import type { BookingsDeps } from "../bookings/bookings.deps";
import type { SeriesStore } from "./series-store.repository";

/** What every series use case runs on: the booking core (store, clock, rule parameters) and the series' store. */
export interface SeriesDeps extends BookingsDeps {
  series: SeriesStore;
}
