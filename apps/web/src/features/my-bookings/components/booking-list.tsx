import type { BookingDetail, Me } from "@sambruk/contracts";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNow } from "../../../lib/clock";
import { mayChangeBooking } from "../utils/may-change-booking";
import { BookingItem } from "./booking-item";

interface BookingListProps {
  bookings: readonly BookingDetail[];
  centreName: (centreId: string) => string | undefined;
  /** The space's name when the list of spaces is at hand; otherwise its id is shown. */
  spaceName?: (spaceId: string) => string | undefined;
  /** The signed-in user: the bookings they may change get the actions. */
  me: Me;
  /** The page of a series, for bookings that are one of its dates. */
  seriesHref?: (id: string) => string;
}

export function BookingList({ bookings, centreName, spaceName = () => undefined, me, seriesHref }: BookingListProps) {
  const { t } = useTranslation();
  const now = useNow();
  const [announcement, setAnnouncement] = useState("");
  const announce = useCallback((message: string) => {
    setAnnouncement(message);
  }, []);
  return (
    <>
      <ul className="booking-list" aria-label={t("myBookings.listLabel")}>
        {bookings.map((booking) => (
          <li key={booking.id}>
            <BookingItem
              booking={booking}
              centreName={centreName(booking.centreId)}
              spaceName={spaceName(booking.spaceId)}
              changeable={mayChangeBooking(booking, me, now)}
              announce={announce}
              {...(seriesHref && booking.seriesId ? { seriesHref: seriesHref(booking.seriesId) } : {})}
            />
          </li>
        ))}
      </ul>
      {/* Cancellations, undos and saved changes, said politely; the rows show the same in their status. */}
      <div role="status" aria-live="polite" className="ds-sr-only">
        {announcement}
      </div>
    </>
  );
}
