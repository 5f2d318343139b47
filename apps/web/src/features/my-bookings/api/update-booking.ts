import type { Booking, BookingDetail, UpdateBooking } from "@sambruk/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { myBookingsKeys } from "./my-bookings-keys";
import { sendBookingChange } from "./send-booking-change";

export interface UpdateVariables {
  booking: Pick<BookingDetail, "id" | "version">;
  patch: UpdateBooking;
}

/** PATCH /bookings/{id} with If-Match: moves or edits; only the fields sent change. */
export function updateBooking({ booking, patch }: UpdateVariables, signal?: AbortSignal): Promise<Booking> {
  return sendBookingChange("PATCH", `/bookings/${encodeURIComponent(booking.id)}`, booking.version, patch, signal);
}

export function useUpdateBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: myBookingsKeys.update(),
    mutationFn: (variables: UpdateVariables) => updateBooking(variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myBookingsKeys.lists() }),
  });
}
