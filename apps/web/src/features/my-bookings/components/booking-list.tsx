import type { BookingDetail } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { BookingItem } from "./booking-item";

interface BookingListProps {
  bookings: readonly BookingDetail[];
  centreName: (centreId: string) => string | undefined;
}

export function BookingList({ bookings, centreName }: BookingListProps) {
  const { t } = useTranslation();
  return (
    <ul className="booking-list" aria-label={t("myBookings.listLabel")}>
      {bookings.map((booking) => (
        <li key={booking.id}>
          <BookingItem booking={booking} centreName={centreName(booking.centreId)} />
        </li>
      ))}
    </ul>
  );
}
