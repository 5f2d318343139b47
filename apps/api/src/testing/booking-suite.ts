// The API suite of the booking tests: the shared set-up plus a bookings client on the app.
import { useApiSuite, type ApiSuite } from "./api-suite";
import { bookingsClient, type BookingsClient } from "./bookings-client";

export interface BookingSuite extends ApiSuite {
  api: BookingsClient;
}

/** Call at the top of a test file; the fields are ready inside tests and hooks. */
export function useBookingSuite(): BookingSuite {
  return useApiSuite((suite) => ({ api: bookingsClient(suite.app, suite.db) }));
}
