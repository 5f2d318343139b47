import type { BoardBooking } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { stateOf } from "../utils/board-events";
import { formatInstant, formatWhen } from "../utils/desk-date";

/** What the desk needs to know about a booking, as a description list. */
export function BookingDetails({ booking, spaceName }: { booking: BoardBooking; spaceName: string }) {
  const { t, i18n } = useTranslation();
  const rows: [string, string][] = [
    [t("desk.list.status"), t(`desk.state.${stateOf(booking)}`)],
    [t("desk.panel.when"), formatWhen(booking.start, booking.end, i18n.language)],
    [t("desk.panel.where"), spaceName],
    [t("desk.panel.organisation"), booking.organisation.name],
    [t("desk.panel.bookedBy"), booking.bookedBy.displayName],
    [t("desk.panel.attendees"), String(booking.expectedAttendees)],
  ];
  if (booking.noShows > 0) rows.push([t("desk.list.noShows"), t("desk.noShows", { count: booking.noShows })]);
  if (booking.checkedInAt) rows.push([t("desk.list.status"), t("desk.panel.checkedInAt", { time: formatInstant(booking.checkedInAt, i18n.language) })]);
  if (booking.description) rows.push([t("desk.panel.description"), booking.description]);
  return (
    <dl className="desk-details">
      {rows.map(([term, value], index) => (
        <div key={index} className="desk-details__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
