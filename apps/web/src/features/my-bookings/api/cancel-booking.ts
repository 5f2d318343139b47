import type { Booking, BookingDetail } from "@sambruk/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { myBookingsKeys } from "./my-bookings-keys";
import { sendBookingChange } from "./send-booking-change";
import { updateCachedBooking } from "./update-cached-booking";

/** POST /bookings/{id}/cancel with If-Match: the booking is kept, as `cancelled`. */
export function cancelBooking(booking: Pick<BookingDetail, "id" | "version">, signal?: AbortSignal): Promise<Booking> {
  return sendBookingChange("POST", `/bookings/${encodeURIComponent(booking.id)}/cancel`, booking.version, undefined, signal);
}

/** The user took the cancellation back before it was sent. */
export class CancellationUndone extends Error {
  override readonly name = "CancellationUndone";
}

export interface CancelVariables {
  booking: BookingDetail;
  /** Nothing is sent for this long; aborting `undo` meanwhile takes the cancellation back. */
  delayMs: number;
  undo: AbortSignal;
  /** Called when the wait is over and the request goes out (undo is no longer possible). */
  onSend?: () => void;
}

function waitUnlessUndone(ms: number, undo: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (undo.aborted) {
      reject(new CancellationUndone());
      return;
    }
    const timer = setTimeout(resolve, ms);
    undo.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new CancellationUndone());
    });
  });
}

/**
 * Cancels optimistically: every cached list shows the booking as cancelled at once; an undo or an error puts
 * the row back as it was (only that row: other cancellations may be under way).
 */
export function useCancelBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: myBookingsKeys.cancel(),
    mutationFn: async ({ booking, delayMs, undo, onSend }: CancelVariables) => {
      await waitUnlessUndone(delayMs, undo);
      onSend?.();
      return cancelBooking(booking);
    },
    onMutate: async ({ booking }) => {
      await queryClient.cancelQueries({ queryKey: myBookingsKeys.lists() });
      updateCachedBooking(queryClient, booking.id, (row) => ({ ...row, status: "cancelled" }));
    },
    onError: (_error, { booking }) => {
      updateCachedBooking(queryClient, booking.id, () => booking);
    },
    onSuccess: (saved, { booking }) => {
      updateCachedBooking(queryClient, booking.id, (row) => ({
        ...row,
        status: saved.status,
        version: saved.version,
        updatedAt: saved.updatedAt,
      }));
    },
    onSettled: async () => {
      // A refetch now would show another row, still waiting for its undo window, as not cancelled.
      if (queryClient.isMutating({ mutationKey: myBookingsKeys.cancel() }) === 1) {
        await queryClient.invalidateQueries({ queryKey: myBookingsKeys.lists() });
      }
    },
  });
}
