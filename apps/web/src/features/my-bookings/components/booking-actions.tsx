import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import type { BookingDetail } from "@sambruk/contracts";
import { useEffect, useRef, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../lib/error-message";
import { UNDO_WINDOW_MS, useCancelWithUndo } from "../hooks/use-cancel-with-undo";
import { EditBooking } from "./edit-booking";

interface BookingActionsProps {
  booking: BookingDetail;
  changeable: boolean;
  announce: (message: string) => void;
  /** Where focus goes when the button that had it disappears and no other action is left. */
  fallbackFocus: RefObject<HTMLElement | null>;
}

/**
 * Cancel (with an undo window instead of a confirm step) and change. While the undo window runs the row
 * already shows "Avlyst"; focus follows the button the user pressed to its replacement.
 */
export function BookingActions({ booking, changeable, announce, fallbackFocus }: BookingActionsProps) {
  const { t } = useTranslation();
  const title = booking.title;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const seconds = Math.round(UNDO_WINDOW_MS / 1000);
  const { phase, cancel, undo, error, reset } = useCancelWithUndo(booking, {
    onUndone: () => {
      announce(t("bookingActions.announceUndone", { title }));
    },
    onCancelled: () => {
      announce(t("bookingActions.announceCancelled", { title }));
    },
    onFailed: (failure) => {
      announce(t("bookingActions.announceCancelFailed", { title, message: errorMessage(t, failure) }));
    },
  });

  const previousPhase = useRef(phase);
  useEffect(() => {
    if (previousPhase.current === phase) return;
    previousPhase.current = phase;
    if (phase === "waiting") {
      undoRef.current?.focus();
      return;
    }
    // The pressed button is gone: put focus on what took its place rather than leaving it on the page.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost) (cancelRef.current ?? fallbackFocus.current)?.focus();
  }, [phase, fallbackFocus]);

  if (phase === "idle" && !changeable && !error) return null;
  return (
    <div className="stack" role="group" aria-label={t("bookingActions.actionsLabel", { title })}>
      {error !== null && (
        <Alert data-color="danger" data-size="sm">
          <Paragraph>
            {t("bookingActions.cancelFailed")} {errorMessage(t, error)}
          </Paragraph>
        </Alert>
      )}
      {phase === "waiting" && (
        <div style={{ display: "flex", gap: "var(--ds-size-3)", alignItems: "center", flexWrap: "wrap" }}>
          <Paragraph data-size="sm">{t("bookingActions.undoHint", { seconds })}</Paragraph>
          <Button ref={undoRef} variant="secondary" data-size="sm" onClick={undo} aria-label={t("bookingActions.undoLabel", { title })}>
            {t("bookingActions.undo")}
          </Button>
        </div>
      )}
      {phase === "sending" && <Paragraph data-size="sm">{t("bookingActions.sending")}</Paragraph>}
      {phase === "idle" && changeable && (
        <div style={{ display: "flex", gap: "var(--ds-size-3)", flexWrap: "wrap" }}>
          <EditBooking booking={booking} announce={announce} />
          <Button
            ref={cancelRef}
            variant="secondary"
            data-color="danger"
            data-size="sm"
            aria-label={t("bookingActions.cancelLabel", { title })}
            onClick={() => {
              reset();
              cancel();
              announce(t("bookingActions.announceCancelling", { title, seconds }));
            }}
          >
            {t("bookingActions.cancel")}
          </Button>
        </div>
      )}
    </div>
  );
}
