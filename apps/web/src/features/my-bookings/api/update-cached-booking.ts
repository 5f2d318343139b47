import type { BookingDetail } from "@sambruk/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { myBookingsKeys } from "./my-bookings-keys";

/** Changes one booking wherever a cached list of the user's bookings holds it; the other rows stay as they are. */
export function updateCachedBooking(
  queryClient: QueryClient,
  id: string,
  change: (booking: BookingDetail) => BookingDetail,
): void {
  queryClient.setQueriesData<BookingDetail[]>({ queryKey: myBookingsKeys.lists() }, (list) =>
    list?.map((booking) => (booking.id === id ? change(booking) : booking)),
  );
}
