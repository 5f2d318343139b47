import { Button, Dialog, Heading } from "@digdir/designsystemet-react";
import type { BookingDetail } from "@sambruk/contracts";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { EditBookingForm } from "./edit-booking-form";

interface EditBookingProps {
  booking: BookingDetail;
  announce: (message: string) => void;
}

/** "Endre": a modal dialog to move or edit the booking; focus goes into it, and back to the button after. */
export function EditBooking({ booking, announce }: EditBookingProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const firstFieldRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const headingId = useId();
  const title = booking.title;

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  // The dialog's own effect (a child's) has shown it by now, so its fields can take focus.
  useEffect(() => {
    if (open) firstFieldRef.current?.focus();
  }, [open]);

  return (
    <>
      <Button
        ref={buttonRef}
        variant="secondary"
        data-size="sm"
        aria-haspopup="dialog"
        aria-label={t("bookingActions.editLabel", { title })}
        onClick={() => {
          setOpen(true);
        }}
      >
        {t("bookingActions.edit")}
      </Button>
      <Dialog open={open} onClose={close} closeButton={false} aria-labelledby={headingId}>
        {open && (
          <Dialog.Block>
            <Heading level={2} data-size="sm" id={headingId}>
              {t("bookingActions.editHeading", { title })}
            </Heading>
            <EditBookingForm
              booking={booking}
              firstFieldRef={firstFieldRef}
              onCancel={close}
              onSaved={() => {
                announce(t("bookingActions.announceSaved", { title }));
                close();
              }}
            />
          </Dialog.Block>
        )}
      </Dialog>
    </>
  );
}
