import { Card, Heading } from "@digdir/designsystemet-react";
import type { BookingDetail } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../../../lib/date-locale";
import { formatBookingTime } from "../utils/format-booking-time";
import { BookingStatusTag } from "./booking-status-tag";

interface BookingItemProps {
  booking: BookingDetail;
  /** The centre's name when it is known; otherwise its id is shown. */
  centreName?: string | undefined;
}

/** One booking: title, when (Oslo time), where, status, for whom and by whom. */
export function BookingItem({ booking, centreName }: BookingItemProps) {
  const { t, i18n } = useTranslation();
  const when = formatBookingTime(booking.start, booking.end, dateLocale(i18n.resolvedLanguage));
  const centre = centreName ?? t("myBookings.centreId", { id: booking.centreId });
  return (
    <Card data-color="neutral" className="booking-item">
      <Heading level={2} data-size="xs">
        {booking.title}
      </Heading>
      <dl className="booking-item__facts">
        <div>
          <dt>{t("myBookings.when")}</dt>
          <dd>
            <time dateTime={booking.start}>{when}</time>
          </dd>
        </div>
        <div>
          <dt>{t("myBookings.where")}</dt>
          <dd>
            {centre}, {t("myBookings.spaceId", { id: booking.spaceId })}
          </dd>
        </div>
        <div>
          <dt>{t("myBookings.status")}</dt>
          <dd>
            <BookingStatusTag status={booking.status} />
          </dd>
        </div>
        <div>
          <dt>{t("myBookings.organisation")}</dt>
          <dd>{booking.organisation.name}</dd>
        </div>
        <div>
          <dt>{t("myBookings.bookedBy")}</dt>
          <dd>{booking.bookedBy.displayName}</dd>
        </div>
      </dl>
    </Card>
  );
}
