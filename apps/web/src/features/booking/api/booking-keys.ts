import type { CreateBooking, SeriesInput } from "@sambruk/contracts";
import { SESSION_SCOPE } from "../../../lib/session-scope";

/**
 * Query keys of the booking form. The space is public; the dry-run check depends on who is signed in, so it lives
 * under the session scope. The catalogue and the booking context are shared queries (lib/queries).
 */
export const bookingKeys = {
  all: ["booking"] as const,
  space: (id: string) => [...bookingKeys.all, "space", id] as const,
  session: [...SESSION_SCOPE, "booking"] as const,
  check: (request: CreateBooking | null) => [...bookingKeys.session, "check", request] as const,
  seriesPreview: (input: SeriesInput) => [...bookingKeys.session, "series-preview", input] as const,
};
