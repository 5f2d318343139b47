import type { BookingDetail } from "@sambruk/contracts";
import { useRef, useState } from "react";
import { CancellationUndone, useCancelBooking } from "../api/cancel-booking";

/** How long a cancellation waits, undoable, before it is sent. */
export const UNDO_WINDOW_MS = 5000;

/** `waiting`: shown as cancelled, undo offered; `sending`: on its way, no longer undoable. */
export type CancelPhase = "idle" | "waiting" | "sending";

interface Callbacks {
  onUndone: () => void;
  onCancelled: () => void;
  onFailed: (error: unknown) => void;
}

/** Cancels one booking after an undo window; `undo` takes it back while nothing has been sent. */
export function useCancelWithUndo(booking: BookingDetail, { onUndone, onCancelled, onFailed }: Callbacks) {
  const mutation = useCancelBooking();
  const [phase, setPhase] = useState<CancelPhase>("idle");
  const undoRef = useRef<AbortController | null>(null);

  const cancel = () => {
    const controller = new AbortController();
    undoRef.current = controller;
    setPhase("waiting");
    mutation.mutate(
      {
        booking,
        delayMs: UNDO_WINDOW_MS,
        undo: controller.signal,
        onSend: () => {
          setPhase("sending");
        },
      },
      {
        onSuccess: onCancelled,
        onError: (error) => {
          if (error instanceof CancellationUndone) onUndone();
          else onFailed(error);
        },
        onSettled: () => {
          undoRef.current = null;
          setPhase("idle");
        },
      },
    );
  };

  const undo = () => {
    undoRef.current?.abort();
  };

  const error = mutation.error instanceof CancellationUndone ? null : mutation.error;
  return { phase, cancel, undo, error, reset: mutation.reset };
}
