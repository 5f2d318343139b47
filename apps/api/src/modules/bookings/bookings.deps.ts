import type { BookingStore } from "./booking-store.repository";

/** What every booking use case runs on: the store, and the clock notice and horizon count from. */
export interface BookingsDeps {
  store: BookingStore;
  now: () => Date;
}
