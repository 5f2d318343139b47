import type { BookingStore } from "./booking-store.repository";
import type { PolicyParametersProvider } from "./booking-policy";

/** What every booking use case runs on: the store, the clock notice and horizon count from, and the rule parameters. */
export interface BookingsDeps {
  store: BookingStore;
  now: () => Date;
  parameters: PolicyParametersProvider;
  /** The site's public URL, for the check-in link of a booking confirmed at creation (default: the local one). */
  publicUrl?: string;
}
