import { Card, Heading, Link } from "@digdir/designsystemet-react";
import type { BookingDetail } from "@sambruk/contracts";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { dateLocale } from "../../../lib/date-locale";
import { formatBookingTime } from "../utils/format-booking-time";
import { BookingActions } from "./booking-actions";
import { BookingStatusTag } from "./booking-status-tag";

interface BookingItemProps {
  booking: BookingDetail;
  /** The centre's name when it is known; otherwise its id is shown. */
  centreName?: string | undefined;
  /** The space's name when it is known; otherwise its id is shown. */
  spaceName?: string | undefined;
  /** Whether the user may cancel and move it (their own, or their organisation's where they may book). */
  changeable?: boolean;
  /** Says something in the list's polite live region. */
  announce?: (message: string) => void;
  /** The page of the series this booking is a date of. */
  seriesHref?: string;
}

/** One booking: title, when (Oslo time), where, status, for whom and by whom; and what the user may do with it. */
export function BookingItem({ booking, centreName, spaceName, changeable = false, announce = () => undefined, seriesHref }: BookingItemProps) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const when = formatBookingTime(booking.start, booking.end, dateLocale(i18n.resolvedLanguage));
  const centre = centreName ?? t("myBookings.centreId", { id: booking.centreId });
  return (
    <Card data-color="neutral" className="booking-item">
      <Heading level={2} data-size="xs" ref={headingRef} tabIndex={-1}>
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
            {centre}, {spaceName ?? t("myBookings.spaceId", { id: booking.spaceId })}
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
        {seriesHref && (
          <div>
            <dt>{t("series.page.partOfSeries")}</dt>
            <dd>
              <Link asChild>
                <RouterLink to={seriesHref}>{t("series.page.seeSeries", { title: booking.title })}</RouterLink>
              </Link>
            </dd>
          </div>
        )}
      </dl>
      <BookingActions booking={booking} changeable={changeable} announce={announce} fallbackFocus={headingRef} />
    </Card>
  );
}
