import type { BookingsDeps } from "../bookings/bookings.deps";
import type { WaitlistStore } from "./waitlist-store.repository";

/** What every waitlist use case runs on: the bookings' deps (rules, create path), the store, the clock. */
export interface WaitlistDeps {
  bookings: BookingsDeps;
  store: WaitlistStore;
  now: () => Date;
}
